package org.kiloguardian.security.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.security.recent.RecentChecks;
import org.kiloguardian.security.token.TokenService.TokenOwner;

/**
 * Bearer tokens as the REST API and the Socket.IO CONNECT check them: a token checked within the last
 * minute and not changed since ({@link RecentChecks}) is taken as it was, without the database and
 * without leaving the event loop; any other is looked up, on a worker thread, once for all the callers
 * of that token meanwhile. Scripts and dashboards call often, and every tablet reconnects at once
 * after a restart of the app or of the Wi-Fi.
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
        return recent.recent(keyOf(secret), TokenOwner.class).filter(this::unexpired);
    }

    /** The token's owner, checked a moment ago or looked up now (blocking: a worker thread). */
    public Optional<TokenOwner> check(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return Optional.ofNullable(recent.get(keyOf(secret), TokenOwner.class, () -> ownerInDatabase(secret))).filter(this::unexpired);
    }

    /** As {@link #check}, for the event loop: on a miss, the lookup runs on {@code executor}. */
    public CompletionStage<Optional<TokenOwner>> check(String secret, Executor executor) {
        if (!plausible(secret)) {
            return CompletableFuture.completedStage(Optional.empty());
        }
        return recent.lookUp(keyOf(secret), TokenOwner.class, () -> ownerInDatabase(secret), executor)
                .thenApply(owner -> Optional.ofNullable(owner).filter(this::unexpired));
    }

    /** A usable token's owner from the database, null for any other secret: nothing to keep. */
    private TokenOwner ownerInDatabase(String secret) {
        return tokens.authenticate(secret).orElse(null);
    }

    /** A kept owner's token may have expired since it was checked. */
    private boolean unexpired(TokenOwner owner) {
        return owner.expiresAt() == null || owner.expiresAt().isAfter(Instant.now(clock));
    }

    /** Whether it can be a token at all: anything else is refused without a lookup. */
    public static boolean plausible(String secret) {
        return secret != null && secret.startsWith(TokenSecret.PREFIX);
    }

    private static CheckedToken keyOf(String secret) {
        return new CheckedToken(TokenSecret.digest(secret));
    }
}
