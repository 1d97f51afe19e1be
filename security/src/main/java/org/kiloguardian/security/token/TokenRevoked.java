package org.kiloguardian.security.token;

/** Fired after a token is revoked, so connections opened with it can be closed at once. */
public record TokenRevoked(long tokenId, String owner) {
}
