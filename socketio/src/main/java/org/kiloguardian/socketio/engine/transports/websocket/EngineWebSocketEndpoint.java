package org.kiloguardian.socketio.engine.transports.websocket;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;

/**
 * The callbacks of an Engine.IO websocket endpoint, on the event loop. WebSockets Next finds
 * callbacks declared on an endpoint's superclasses, so each endpoint only says its path, its
 * Engine.IO server and who opened the connection.
 */
abstract class EngineWebSocketEndpoint {

    private final WebSocketSessions sessions;

    EngineWebSocketEndpoint(WebSocketSessions sessions) {
        this.sessions = sessions;
    }

    /** Who opened the connection, read during the upgrade; null: nobody logged in. */
    abstract SecurityIdentity openedBy();

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        sessions.opened(connection, openedBy());
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
