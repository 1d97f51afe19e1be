package org.kiloguardian.socketio.engine.transports.websocket;

import org.kiloguardian.socketio.engine.server.EngineServers;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.websockets.next.WebSocket;
import io.vertx.core.Vertx;

/** Socket.IO's Engine.IO websocket transport, on the event loop. */
@WebSocket(path = "/socket.io/")
public class SocketIoWebSocketEndpoint extends EngineWebSocketEndpoint {

    private final SecurityIdentity identity;

    SocketIoWebSocketEndpoint(EngineServers servers, Vertx vertx, SecurityIdentity identity) {
        super(new WebSocketSessions(servers.socketIo(), vertx));
        this.identity = identity;
    }

    /** The identity of the upgrade request (session cookie), copied out of its request-scoped proxy. */
    @Override
    SecurityIdentity openedBy() {
        return identity.isAnonymous() ? null : QuarkusSecurityIdentity.builder(identity).build();
    }
}
