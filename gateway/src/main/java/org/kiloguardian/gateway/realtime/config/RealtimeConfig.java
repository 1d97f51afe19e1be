package org.kiloguardian.gateway.realtime.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Runtime settings of the Socket.IO server ({@code kilo.realtime.*}); see docs/realtime.md. */
@ConfigMapping(prefix = "kilo.realtime")
public interface RealtimeConfig {

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

    /**
     * Origins besides the app's own whose pages may open the channel with the browser's session
     * cookie (scheme://host[:port], e.g. {@code https://dashboard.kilo.local}). Any other origin
     * presenting the cookie gets 403 (see realtime.auth.CrossSiteSocketGuard).
     */
    Optional<List<String>> allowedOrigins();

    /** The household's notices feed in PostgreSQL ({@code realtime.notice}). */
    Notices notices();

    interface Notices {
        /** How many of the newest notices the table keeps. */
        @WithDefault("100")
        int kept();
    }

    /** The connection path run over loopback at start, before the instance reports ready. */
    Warmup warmup();

    interface Warmup {
        /** How many connections (3 of 4 websocket, 1 of 4 polling); 0 turns the warm-up off. */
        @WithDefault("2000")
        int connections();
    }

    /** Connection state recovery (socket.io 4.6's {@code connectionStateRecovery}). */
    Recovery recovery();

    interface Recovery {
        /** Offsets on events and sessions kept for clients that come back; off in the conformance profile. */
        @WithDefault("true")
        boolean enabled();

        /** How long a disconnected client's session and the events it misses are kept. */
        @WithDefault("2m")
        Duration maxDisconnection();
    }

    Conformance conformance();

    /** Who may CONNECT to the household channel (see realtime.auth.SocketAuthentication). */
    Auth auth();

    interface Auth {
        /** A CONNECT needs the browser session or {@code auth: {token}}; off only for protocol tests. */
        @WithDefault("true")
        boolean required();
    }

    Bench bench();

    interface Cors {
        /** Origins allowed for cross-origin polling; {@code *} allows any. Empty: same origin only. */
        Optional<List<String>> origins();

        /** Whether cross-origin requests may carry cookies. */
        @WithDefault("false")
        boolean credentials();
    }

    interface Conformance {
        /** Serves the Socket.IO/Engine.IO conformance handlers and the raw {@code /engine.io/} echo. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Bench {
        /** Serves the {@code bench:start} / {@code bench:echo} events. */
        @WithDefault("false")
        boolean enabled();
    }
}
