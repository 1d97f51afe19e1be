package org.kiloguardian.socketio.engine.transports.websocket;

import org.kiloguardian.socketio.engine.server.EngineServers;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.WebSocket;
import io.vertx.core.Vertx;

/** The raw Engine.IO websocket transport of the conformance profile (refused by PollingRoutes elsewhere), on the event loop. */
@WebSocket(path = "/engine.io/")
public class RawEngineWebSocketEndpoint extends EngineWebSocketEndpoint {

    RawEngineWebSocketEndpoint(EngineServers servers, Vertx vertx) {
        super(new WebSocketSessions(servers.rawEngine(), vertx));
    }

    @Override
    SecurityIdentity openedBy() {
        return null; // the conformance echo endpoint knows no users
    }
}
