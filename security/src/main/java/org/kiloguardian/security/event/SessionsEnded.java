package org.kiloguardian.security.event;

/**
 * Every browser session of a user has ended (logout, password or role change), so whatever lives on
 * one of them (open views, real-time sockets) must end too. Fired inside the writing transaction.
 */
public record SessionsEnded(String username, String reason) {
}
