package org.kiloguardian.security.user;

/**
 * A user was created (also the first admin). Fired inside the creating transaction, so whatever an
 * observer during it writes (the login's own person) is created with the user or not at all.
 */
public record UserCreated(long userId, String username, String displayName) {
}
