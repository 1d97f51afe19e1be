package org.kiloguardian.gateway.config;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The application's own settings ({@code kilo.*} that no module owns); README "Configuration". The
 * modules map theirs ({@code kilo.meds}, {@code kilo.financial}, {@code kilo.security}, ...), and
 * Socket.IO has {@code RealtimeConfig}.
 */
@ConfigMapping(prefix = "kilo")
public interface GatewayConfig {

    SingleInstance singleInstance();

    Http http();

    Household household();

    /** Fill an empty household with demo people, habits, medications and money at start-up. */
    @WithDefault("false")
    boolean demoData();

    interface SingleInstance {

        /** A second instance on the same database stays unready (deploy/README.md, "Replicas"). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Http {

        /** Largest request body outside the CSV import and Socket.IO; larger: 413. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface Household {

        /** The household's time zone, read as text (SmallRye's implicit ZoneId converter fails on an absent Optional). */
        Optional<String> timeZone();
    }
}
