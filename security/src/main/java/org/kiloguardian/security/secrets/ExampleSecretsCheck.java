package org.kiloguardian.security.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * A household that copies deploy/k3s/secrets.env.example and forgets a value would run with a
 * secret published on the internet. Outside dev mode and tests the app refuses to start with any
 * value still marked {@code change-me}, or with a session key too short to be one, and names the
 * variable to fix. It runs before anything else at start-up, so nothing (the first admin above all)
 * is ever created from an example value.
 */
@ApplicationScoped
public class ExampleSecretsCheck {

    /** What every placeholder in secrets.env.example starts with. */
    static final String PLACEHOLDER = "change-me";
    static final int MIN_SESSION_KEY_LENGTH = 32;

    private record Secret(String property, String variable) {
    }

    private static final List<Secret> SECRETS = List.of(
            new Secret("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD (POSTGRES_PASSWORD in the Secret)"),
            new Secret("kilo.admin.username", "KILO_ADMIN_USERNAME"),
            new Secret("kilo.admin.password", "KILO_ADMIN_PASSWORD"),
            new Secret("quarkus.http.auth.session.encryption-key", "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"),
            // the pair signs every push message; empty in the Secret means "made at first start, kept in PostgreSQL"
            new Secret("kilo.notifications.vapid.public-key", "KILO_NOTIFICATIONS_VAPID_PUBLIC_KEY"),
            new Secret("kilo.notifications.vapid.private-key", "KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY"));

    void check(@Observes @Priority(1) StartupEvent start, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return; // dev mode and tests run with fixed, published keys on purpose
        }
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with example or weak secrets: " + String.join("; ", problems)
                    + ". Replace them (deploy/README.md, \"Secrets\") and start again.");
        }
    }

    static List<String> problems(java.util.function.Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        for (Secret secret : SECRETS) {
            config.apply(secret.property()).filter(value -> value.strip().toLowerCase(java.util.Locale.ROOT).startsWith(PLACEHOLDER))
                    .ifPresent(value -> problems.add(secret.variable() + " still has its example value"));
        }
        config.apply("quarkus.http.auth.session.encryption-key")
                .filter(key -> !key.strip().toLowerCase(java.util.Locale.ROOT).startsWith(PLACEHOLDER) && key.length() < MIN_SESSION_KEY_LENGTH)
                .ifPresent(key -> problems.add("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is " + key.length()
                        + " characters long; it needs at least " + MIN_SESSION_KEY_LENGTH + " random characters"));
        return problems;
    }
}
