package org.kiloguardian.security.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of household accounts, browser sessions, logins and tokens ({@code kilo.security.*}); see docs/security.md. */
@ConfigMapping(prefix = "kilo.security")
public interface SecurityConfig {

    Session session();

    Login login();

    Token token();

    interface Session {
        /** A browser session ends after this long without a request. */
        @WithDefault("12h")
        Duration idleTimeout();

        /** A browser session ends this long after its login, however busy it is. */
        @WithDefault("7d")
        Duration maxAge();
    }

    interface Login {
        /** Failed logins per username and client address before each further one doubles the wait. */
        @WithDefault("5")
        int freeAttempts();

        /** Failed logins per client address (whatever the username) before the back-off starts. */
        @WithDefault("20")
        int freeAttemptsPerAddress();

        /** The longest back-off for an address that keeps guessing. */
        @WithDefault("15m")
        Duration maxDelay();

        /**
         * The longest back-off a username gets from failures at other addresses, so that a guess every
         * quarter of an hour from elsewhere cannot keep the household's own devices locked out.
         */
        @WithDefault("1m")
        Duration maxDelayFromElsewhere();
    }

    interface Token {
        /** Lifetime of a token created without {@code expiresInDays}. */
        @WithDefault("365")
        int defaultLifetimeDays();
    }
}
