package org.kiloguardian.notifications.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the notifications module ({@code kilo.notifications.*}, docs/notifications.md). */
@ConfigMapping(prefix = "kilo.notifications")
public interface NotificationsConfig {

    /**
     * The address the household reaches the app at (https://kilo.home.lan): ntfy's buttons call it
     * from the phone, and a tap opens it. Without it ntfy messages carry no buttons.
     */
    Optional<String> publicUrl();

    Vapid vapid();

    /** How long "Taken" and "Snooze" on a dose-due notification work. */
    @WithDefault("12h")
    Duration actionTokenLifetime();

    /** How long "Snooze" on a notification puts the dose off. */
    @WithDefault("15m")
    Duration snooze();

    /** How often deliveries that wait (a retry, one left over from a restart) are looked at; "off" disables it. */
    @WithDefault("5s")
    String sendEvery();

    /** A push service or ntfy server that does not answer within this long counts as a failed try. */
    @WithDefault("10s")
    Duration timeout();

    Retry retry();

    /** Accept plain-http push endpoints: real push services are all https; only tests (a local push service) turn it on. */
    @WithDefault("false")
    boolean allowHttpPush();

    interface Vapid {
        /** base64url P-256 public key (65 bytes uncompressed); with the private key, instead of the pair kept in PostgreSQL. */
        Optional<String> publicKey();

        /** base64url P-256 private key (32 bytes): a secret. */
        Optional<String> privateKey();

        /** Who the push services may contact about this sender: mailto: or https: (default: the public URL). */
        Optional<String> subject();
    }

    interface Retry {
        /** The wait before the second try after a 429, a 5xx or no answer; doubled for each further try. */
        @WithDefault("30s")
        Duration initialDelay();

        /** The longest wait between two tries. */
        @WithDefault("30m")
        Duration maxDelay();

        /** Tries per message and channel before it is given up (FAILED). */
        @WithDefault("6")
        int maxAttempts();
    }
}
