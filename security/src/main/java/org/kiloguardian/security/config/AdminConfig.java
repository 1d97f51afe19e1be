package org.kiloguardian.security.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The first admin from the environment ({@code kilo.admin.*}): created at start-up when the
 * household has no user yet; see docs/security.md. The rest of security's settings are {@link SecurityConfig}'s.
 */
@ConfigMapping(prefix = "kilo.admin")
public interface AdminConfig {

    Optional<String> username();

    Optional<String> password();
}
