package org.kiloguardian.socketio.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Runtime settings of the Socket.IO server itself ({@code kilo.realtime.*}: the protocol's timings
 * and limits, CORS for polling, connection state recovery, the conformance echo). The application
 * that embeds the server maps its own keys under the same prefix. See docs/realtime.md.
 */
@ConfigMapping(prefix = "kilo.realtime")
public interface SocketIoConfig {

    /** How often the server pings each Engine.IO session. */
    @WithDefault("25s")
    Duration pingInterval();

    /** How long the server waits for the pong before it closes the session. */
    @WithDefault("20s")
    Duration pingTimeout();

    /** Largest accepted message or polling POST body, in bytes; announced to clients in the open packet. */
    @WithDefault("1000000")
    int maxPayload();

    /** How long an Engine.IO session may stay without any Socket.IO namespace connected. */
    @WithDefault("45s")
    Duration connectTimeout();

    /** How long a websocket probe may take to complete the upgrade from polling. */
    @WithDefault("10s")
    Duration upgradeTimeout();

    /** Default timeout of a server emit that waits for acknowledgements. */
    @WithDefault("10s")
    Duration ackTimeout();

    /**
     * Bound of each client's send queue (packets not yet written to the network). A client whose
     * queue overflows is too slow to keep up and is disconnected.
     */
    @WithDefault("1000")
    int maxQueuedPackets();

    Cors cors();

    /** Connection state recovery (socket.io 4.6's {@code connectionStateRecovery}). */
    Recovery recovery();

    Conformance conformance();

    interface Cors {
        /** Origins allowed for cross-origin polling; {@code *} allows any. Empty: same origin only. */
        Optional<List<String>> origins();

        /** Whether cross-origin requests may carry cookies. */
        @WithDefault("false")
        boolean credentials();
    }

    interface Recovery {
        /** Offsets on events and sessions kept for clients that come back; off in the conformance profile. */
        @WithDefault("true")
        boolean enabled();

        /** How long a disconnected client's session and the events it misses are kept. */
        @WithDefault("2m")
        Duration maxDisconnection();
    }

    interface Conformance {
        /**
         * The socket.io conformance suites' setting: serves the raw {@code /engine.io/} echo server;
         * the embedding application registers its conformance handlers on it too.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
