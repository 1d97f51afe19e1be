package org.kiloguardian.security.session;

import java.time.Instant;
import java.util.Optional;

/**
 * What a browser's session cookie says, inside its encryption: who logged in, at which generation of
 * that user's sessions, and when. The server keeps no session table: the user's current generation
 * and the login time decide whether the claim still holds.
 */
record SessionClaim(String username, int generation, Instant loggedInAt) {

    /** Usernames hold letters, digits, '.', '_' and '-' only, so a space separates the parts safely. */
    String encode() {
        return username + ' ' + generation + ' ' + loggedInAt.toEpochMilli();
    }

    static Optional<SessionClaim> decode(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split(" ");
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty(); // e.g. a cookie written before sessions had generations
        }
        try {
            return Optional.of(new SessionClaim(parts[0], Integer.parseInt(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
