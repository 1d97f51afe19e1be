package org.kiloguardian.security.token;

import java.time.Instant;

/** A token as listed: never its secret. */
public record TokenView(Long id, String name, String owner, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {
}
