package org.kiloguardian.security.recent;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.database.kept.KeptReads;
import org.kiloguardian.security.event.AccessChanged;
import org.kiloguardian.security.event.SessionsEnded;

/**
 * What the database said about a token or a user a moment ago, so that a request does not need it
 * again to know who is calling: a bearer token's owner and role, a session user's role and session
 * generation. An answer is kept for {@link #KEPT} at most, and every change of access (a token
 * revoked or created, a user changed, removed, logged out, a password changed) forgets all of them at
 * once: when the change is made and again when its transaction ends, and nothing looked up in
 * between is kept ({@link KeptReads}, the same rules as the lists kept between two changes).
 * <p>
 * The providers look an answer up on the event loop and read the database on a worker thread on a
 * miss; the callers that miss at once share one read. One process per database (deploy/README.md,
 * "Replicas"), so these events see every change the app makes.
 */
@ApplicationScoped
public class RecentChecks {

    /** Also how precisely a token's last use is recorded: a token's lookup goes to the database once a minute. */
    public static final Duration KEPT = Duration.ofMinutes(1);

    /** Tokens and users checked in the last minute: a household has a few dozen. */
    private static final int MAXIMUM_CHECKS = 10_000;

    private final KeptReads<Object, Object> checks = new KeptReads<>(MAXIMUM_CHECKS, KEPT);

    /** The answer kept for this key, if it is younger than {@link #KEPT} and nothing changed since. */
    public <T> Optional<T> recent(Object key, Class<T> type) {
        return checks.kept(key).map(type::cast);
    }

    /**
     * The answer kept for this key, or the one {@code read} gives now (blocking: a worker thread),
     * shared with every caller of the same key meanwhile and kept. A null answer is not kept.
     */
    public <T> T get(Object key, Class<T> type, Supplier<T> read) {
        return type.cast(checks.get(key, read::get));
    }

    /** As {@link #get}, for the event loop: on a miss, {@code read} runs on {@code executor}. */
    public <T> CompletionStage<T> lookUp(Object key, Class<T> type, Supplier<T> read, Executor executor) {
        return checks.lookUp(key, read::get, executor).thenApply(type::cast);
    }

    public void forgetAll() {
        checks.forget();
    }

    void accessChanging(@Observes AccessChanged changed) {
        checks.changing();
    }

    void accessChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccessChanged changed) {
        checks.changed();
    }

    void sessionsEnding(@Observes SessionsEnded ended) {
        checks.changing();
    }

    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) SessionsEnded ended) {
        checks.changed();
    }
}
