package org.kiloguardian.gateway.realtime.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The household's settings of the real-time channel ({@code kilo.realtime.*}): who may connect, the
 * notices feed, the warm-up, the bench events. The server's own keys under the same prefix are the
 * socketio module's {@code SocketIoConfig}. See docs/realtime.md.
 */
@ConfigMapping(prefix = "kilo.realtime")
public interface RealtimeConfig {

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

    /** Who may CONNECT to the household channel (see realtime.auth.SocketAuthentication). */
    Auth auth();

    interface Auth {
        /** A CONNECT needs the browser session or {@code auth: {token}}; off only for protocol tests. */
        @WithDefault("true")
        boolean required();
    }

    Bench bench();

    interface Bench {
        /** Serves the {@code bench:start} / {@code bench:echo} events. */
        @WithDefault("false")
        boolean enabled();
    }
}
