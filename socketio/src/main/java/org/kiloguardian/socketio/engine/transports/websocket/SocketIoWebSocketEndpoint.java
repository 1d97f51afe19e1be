package org.kiloguardian.socketio.engine.transports.websocket;

import org.kiloguardian.socketio.engine.server.EngineServers;

import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/** Socket.IO's Engine.IO websocket transport, on the event loop. */
@WebSocket(path = "/socket.io/")
public class SocketIoWebSocketEndpoint {

    private final WebSocketSessions sessions;
    private final SecurityIdentity identity;

    SocketIoWebSocketEndpoint(EngineServers servers, Vertx vertx, SecurityIdentity identity) {
        this.sessions = new WebSocketSessions(servers.socketIo(), vertx);
        this.identity = identity;
    }

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        // the identity of the upgrade request (session cookie), copied out of its request-scoped proxy
        sessions.opened(connection, identity.isAnonymous() ? null : QuarkusSecurityIdentity.builder(identity).build());
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
