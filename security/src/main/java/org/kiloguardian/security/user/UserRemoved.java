package org.kiloguardian.security.user;

/** Fired when a user is deleted, so live connections of that user can be closed. */
public record UserRemoved(long userId, String username) {
}
