package org.kiloguardian.socketio.engine.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.kiloguardian.socketio.engine.socket.EngineSocket;
import org.kiloguardian.socketio.engine.transports.Transport;

import io.vertx.core.Vertx;

/**
 * One Engine.IO v4 server mounted at a path: it validates requests like the reference server,
 * opens sessions and keeps them by id until they close.
 */
public final class EngineServer {

    public static final String POLLING = "polling";
    public static final String WEBSOCKET = "websocket";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String path;
    private final EngineOptions options;
    private final Vertx vertx;
    private final Map<String, EngineSocket> sessions = new ConcurrentHashMap<>();
    private volatile Consumer<EngineSocket> connectionHandler = socket -> {
    };

    public EngineServer(String path, EngineOptions options, Vertx vertx) {
        this.path = path;
        this.options = options;
        this.vertx = vertx;
    }

    /** The mount path with its trailing slash, e.g. {@code /socket.io/}. */
    public String path() {
        return path;
    }

    public EngineOptions options() {
        return options;
    }

    /** Called for every new session, before its first poll is answered. */
    public void onConnection(Consumer<EngineSocket> handler) {
        this.connectionHandler = handler;
    }

    public EngineSocket session(String sid) {
        return sid == null ? null : sessions.get(sid);
    }

    public int sessionCount() {
        return sessions.size();
    }

    /**
     * The reference server's checks, in its order: transport, session id (and its transport), then
     * for a handshake the method and the protocol version.
     */
    public Optional<EngineError> verify(String method, String transport, String sid, String eio, boolean upgrade) {
        if (!POLLING.equals(transport) && !WEBSOCKET.equals(transport)) {
            return Optional.of(EngineError.UNKNOWN_TRANSPORT);
        }
        if (WEBSOCKET.equals(transport) != upgrade) {
            return Optional.of(EngineError.BAD_REQUEST);
        }
        if (sid != null) {
            EngineSocket session = sessions.get(sid);
            if (session == null) {
                return Optional.of(EngineError.UNKNOWN_SID);
            }
            // A websocket for a session that already upgraded (or is upgrading) still gets its
            // handshake and is closed at once, as the reference does; polling must match the transport.
            if (!upgrade && !transport.equals(session.transportName())) {
                return Optional.of(EngineError.BAD_REQUEST);
            }
            return Optional.empty();
        }
        if (!"GET".equals(method)) {
            return Optional.of(EngineError.BAD_HANDSHAKE_METHOD);
        }
        if (!"4".equals(eio)) {
            return Optional.of(EngineError.UNSUPPORTED_PROTOCOL_VERSION);
        }
        return Optional.empty();
    }

    /** Opens a session on the given transport and sends the open packet. */
    public EngineSocket open(Transport transport, EngineRequest request) {
        String id = newId();
        EngineSocket session = new EngineSocket(id, transport, request, options, vertx,
                closed -> sessions.remove(closed.id(), closed));
        sessions.put(id, session);
        connectionHandler.accept(session);
        session.open(POLLING.equals(transport.name()) ? List.of(WEBSOCKET) : List.of());
        return session;
    }

    /** 15 random bytes, base64url: 20 characters, like the reference's base64id. */
    private static String newId() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
