package org.kiloguardian.socketio.engine.transports.websocket;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kiloguardian.socketio.engine.server.EngineRequest;
import org.kiloguardian.socketio.engine.server.EngineServer;
import org.kiloguardian.socketio.engine.socket.EngineSocket;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.impl.ContextInternal;

/**
 * Binds websockets-next connections to one Engine.IO server: a connection either opens a new
 * session or, carrying a {@code sid}, probes the upgrade of a polling session. The HTTP route
 * ({@code PollingRoutes}) has already refused bad upgrade requests with the reference errors.
 */
final class WebSocketSessions {

    private final EngineServer server;
    private final Vertx vertx;
    private final Map<String, WebSocketTransport> transports = new ConcurrentHashMap<>();
    private final Map<Context, EventLoopDrains> drains = new ConcurrentHashMap<>();

    WebSocketSessions(EngineServer server, Vertx vertx) {
        this.server = server;
        this.vertx = vertx;
    }

    void opened(WebSocketConnection connection, SecurityIdentity identity) {
        Context current = Vertx.currentContext() != null ? Vertx.currentContext() : vertx.getOrCreateContext();
        // The event loop's own context, not the connection's duplicate, so connections share drains.
        Context loop = ((ContextInternal) current).unwrap();
        WebSocketTransport transport = new WebSocketTransport(connection, drains.computeIfAbsent(loop, EventLoopDrains::new));
        transports.put(connection.id(), transport);
        Map<String, List<String>> query = new QueryStringDecoder(connection.handshakeRequest().query(), false)
                .parameters();
        List<String> sid = query.get("sid");
        if (sid == null || sid.isEmpty()) {
            server.open(transport, new EngineRequest(query, connection.handshakeRequest().headers(),
                    connection.handshakeRequest().remoteAddress(), identity));
            return;
        }
        EngineSocket session = server.session(sid.get(0));
        if (session == null || !session.startUpgrade(transport)) {
            // The session ended or changed between the HTTP check and the upgrade.
            transport.close(true);
        }
    }

    void text(WebSocketConnection connection, String frame) {
        WebSocketTransport transport = transports.get(connection.id());
        if (transport != null) {
            transport.onText(frame);
        }
    }

    void binary(WebSocketConnection connection, Buffer frame) {
        WebSocketTransport transport = transports.get(connection.id());
        if (transport != null) {
            transport.onBinary(frame);
        }
    }

    void closed(WebSocketConnection connection) {
        WebSocketTransport transport = transports.remove(connection.id());
        if (transport != null) {
            transport.onClosed();
        }
    }
}
