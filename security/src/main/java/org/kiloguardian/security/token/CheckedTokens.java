package org.kiloguardian.security.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.security.recent.RecentChecks;
import org.kiloguardian.security.token.TokenService.TokenOwner;

/**
 * Bearer tokens as the REST API and the Socket.IO CONNECT check them: a token checked within the last
 * minute and not changed since ({@link RecentChecks}) is taken as it was, without the database and
 * without leaving the event loop; any other is looked up, on a worker thread. Scripts and dashboards
 * call often, and every tablet reconnects at once after a restart of the app or of the Wi-Fi.
 */
@ApplicationScoped
public class CheckedTokens {

    private final TokenService tokens;
    private final RecentChecks recent;
    private final Clock clock;

    CheckedTokens(TokenService tokens, RecentChecks recent, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.clock = clock;
    }

    /** The key of a checked token: its digest, never the secret itself. */
    private record CheckedToken(String digest) {
    }

    /** The owner of a token checked a moment ago that has not expired since; no database, fit for the event loop. */
    public Optional<TokenOwner> recent(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return recent.recent(keyOf(secret), TokenOwner.class).filter(owner -> owner.expiresAt() == null || owner.expiresAt().isAfter(now));
    }

    /** Moved on by every change of access: a lookup started before it may have read the rows from before. */
    public long generation() {
        return recent.generation();
    }

    /** Looks the token up in the database (blocking: a worker thread) and keeps a usable token's owner. */
    public Optional<TokenOwner> check(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        long generation = recent.generation();
        Optional<TokenOwner> owner = tokens.authenticate(secret);
        owner.ifPresent(found -> recent.keep(keyOf(secret), found, generation));
        return owner;
    }

    /** Whether it can be a token at all: anything else is refused without a lookup. */
    public static boolean plausible(String secret) {
        return secret != null && secret.startsWith(TokenSecret.PREFIX);
    }

    private static CheckedToken keyOf(String secret) {
        return new CheckedToken(TokenSecret.digest(secret));
    }
}
