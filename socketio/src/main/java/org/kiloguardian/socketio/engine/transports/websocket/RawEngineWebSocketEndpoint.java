package org.kiloguardian.socketio.engine.transports.websocket;

import org.kiloguardian.socketio.engine.server.EngineServers;

import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/** The raw Engine.IO websocket transport of the conformance profile (refused by PollingRoutes elsewhere), on the event loop. */
@WebSocket(path = "/engine.io/")
public class RawEngineWebSocketEndpoint {

    private final WebSocketSessions sessions;

    RawEngineWebSocketEndpoint(EngineServers servers, Vertx vertx) {
        this.sessions = new WebSocketSessions(servers.rawEngine(), vertx);
    }

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        sessions.opened(connection, null); // the conformance echo endpoint knows no users
    }

    @OnTextMessage
    @NonBlocking
    void text(WebSocketConnection connection, String frame) {
        sessions.text(connection, frame);
    }

    @OnBinaryMessage
    @NonBlocking
    void binary(WebSocketConnection connection, Buffer frame) {
        sessions.binary(connection, frame);
    }

    @OnClose
    @NonBlocking
    void close(WebSocketConnection connection) {
        sessions.closed(connection);
    }

    @OnError
    @NonBlocking
    void error(WebSocketConnection connection, Throwable failure) {
        // A broken frame or connection: the session sees the close that follows.
        WebSocketErrors.close(connection, failure);
    }
}
