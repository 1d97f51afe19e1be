package org.kiloguardian.security.account;

/** Fired when a user is deleted, so live connections of that user can be closed. */
public record AccountRemoved(long userId, String username) {
}
