package org.kiloguardian.security.token;

import java.time.Instant;

/** The only time the token itself is ever shown. */
public record IssuedToken(Long id, String name, String token, Instant expiresAt) {
}
