package org.kiloguardian.security.recent;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.security.event.AccessChanged;
import org.kiloguardian.security.event.SessionsEnded;

/**
 * What the database said about a token or a user a moment ago, so that a request does not need it
 * again to know who is calling: a bearer token's owner and role, a session user's role and session
 * generation. An answer is kept for {@link #KEPT} at most, and every change of access (a token
 * revoked or created, a user changed, removed, logged out, a password changed) forgets all of them at
 * once: when the change is made and again when its transaction ends.
 * <p>
 * A lookup that read the database before such a change committed must not put its answer back after
 * the change emptied the store: each lookup takes the {@link #epoch()} before it reads, and its answer
 * is kept only if no change came in between. One process per database (deploy/README.md,
 * "Replicas"), so these events see every change the app makes.
 */
@ApplicationScoped
public class RecentChecks {

    /** Also how precisely a token's last use is recorded: a token's lookup goes to the database once a minute. */
    public static final Duration KEPT = Duration.ofMinutes(1);

    private final AtomicLong epoch = new AtomicLong();
    private final ConcurrentHashMap<Object, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(Object answer, long checkedAtNanos, long epoch) {
    }

    /** Take this before reading the database; hand it to {@link #keep}. */
    public long epoch() {
        return epoch.get();
    }

    /** The answer kept for this key, if it is younger than {@link #KEPT} and nothing changed since. */
    public <T> Optional<T> recent(Object key, Class<T> type) {
        Kept found = kept.get(key);
        if (found == null || found.epoch != epoch.get() || System.nanoTime() - found.checkedAtNanos > KEPT.toNanos()) {
            return Optional.empty();
        }
        return Optional.of(type.cast(found.answer));
    }

    /** Keeps an answer read at {@code epochBeforeReading}, unless access changed meanwhile. */
    public void keep(Object key, Object answer, long epochBeforeReading) {
        kept.put(key, new Kept(answer, System.nanoTime(), epochBeforeReading));
        if (epoch.get() != epochBeforeReading) {
            kept.remove(key); // a change came in while it was read: the answer may be stale
        }
    }

    public void forgetAll() {
        epoch.incrementAndGet();
        kept.clear();
    }

    void accessChanging(@Observes AccessChanged changed) {
        forgetAll();
    }

    void accessChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccessChanged changed) {
        forgetAll();
    }

    void sessionsEnding(@Observes SessionsEnded ended) {
        forgetAll();
    }

    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) SessionsEnded ended) {
        forgetAll();
    }
}
