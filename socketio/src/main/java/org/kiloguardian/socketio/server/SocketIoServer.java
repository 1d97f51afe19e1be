package org.kiloguardian.socketio.server;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.socketio.config.SocketIoConfig;
import org.kiloguardian.socketio.engine.server.EngineServers;
import org.kiloguardian.socketio.parser.SocketIoEncoder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;

/**
 * The Socket.IO v5 server on top of the {@code /socket.io/} Engine.IO server: namespaces are
 * declared with {@link #of(String)} (the default {@code /} always exists); a CONNECT to any other
 * is refused with "Invalid namespace".
 */
@Startup
@ApplicationScoped
public class SocketIoServer {

    private final Map<String, Namespace> namespaces = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final SocketIoEncoder encoder;
    private final Vertx vertx;
    private final Duration connectTimeout;
    private final Duration ackTimeout;
    private final SocketIoConfig.Recovery recovery;

    SocketIoServer(EngineServers engines, ObjectMapper json, Vertx vertx, SocketIoConfig config) {
        this.json = json;
        this.encoder = new SocketIoEncoder(json);
        this.vertx = vertx;
        this.connectTimeout = config.connectTimeout();
        this.ackTimeout = config.ackTimeout();
        this.recovery = config.recovery();
        of("/");
        if (recovery.enabled()) {
            // the log also ages out while nothing is emitted; sessions too
            long every = Math.max(1000, Math.min(60_000, recovery.maxDisconnection().toMillis() / 2));
            vertx.setPeriodic(every, t -> namespaces.values().forEach(Namespace::pruneRecovery));
        }
        engines.socketIo().onConnection(engine -> engine.listener(new SocketIoClient(engine, this)));
    }

    /** The namespace of that name, created on first use. */
    public Namespace of(String name) {
        return namespaces.computeIfAbsent(name, n -> new Namespace(n, this,
                recovery.enabled() ? new ConnectionStateRecovery(recovery.maxDisconnection(), System::currentTimeMillis) : null));
    }

    public Namespace defaultNamespace() {
        return of("/");
    }

    public Collection<Namespace> namespaces() {
        return namespaces.values();
    }

    /** The default timeout of server emits with acknowledgement ({@code kilo.realtime.ack-timeout}). */
    public Duration ackTimeout() {
        return ackTimeout;
    }

    Namespace existing(String name) {
        return namespaces.get(name);
    }

    ObjectMapper json() {
        return json;
    }

    SocketIoEncoder encoder() {
        return encoder;
    }

    Vertx vertx() {
        return vertx;
    }

    Duration connectTimeout() {
        return connectTimeout;
    }
}
