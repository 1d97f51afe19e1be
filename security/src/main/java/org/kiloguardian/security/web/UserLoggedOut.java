package org.kiloguardian.security.web;

/** Fired when a user logs out of the browser, so their live connections can be closed. */
public record UserLoggedOut(String username) {
}
