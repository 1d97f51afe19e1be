package org.kiloguardian.database.kept;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers of reads kept until the rows under them change: for lists that every screen and script asks
 * for many times between two changes. The module that owns the rows calls {@link #changing()} when it
 * fires a change event (inside the writing transaction) and {@link #changed()} when that transaction
 * has ended, committed or not.
 * <p>
 * A read that overlapped a change must not be kept: it may have seen the rows before it. Each read
 * takes the generation first and its answer counts only for that generation, which every change moves
 * on; and nothing read while a change is between its event and its commit is kept at all, so the
 * pushes that follow a commit never find the rows from before it. (Not Caffeine's own loading: an
 * invalidation does not stop a load in flight from storing what it read, caffeine#251.) One process per database
 * (deploy/README.md, "Replicas"), so the events see every change the app makes; the maximum age
 * bounds what a change made outside the app, an admin's SQL, could leave stale.
 */
public final class KeptReads<K, V> {

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong changesUnderWay = new AtomicLong();
    /** Evicts on the calling thread (a few entries): nothing runs later on a pool of its own. */
    private final Cache<K, Kept<V>> kept;

    /** Reads under way, by key: callers that miss at once wait for one read instead of each doing it. */
    private final ConcurrentMap<K, Reading<V>> reading = new ConcurrentHashMap<>();

    private record Kept<V>(long generation, V answer) {
    }

    private record Reading<V>(long generation, CompletableFuture<V> answer) {
    }

    public KeptReads(int maximumEntries, Duration maximumAge) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterWrite(maximumAge)
                .executor(Runnable::run).build();
    }

    /** Kept answers weigh {@code weight} each (e.g. their rows), {@code maximumWeight} in all. */
    public KeptReads(long maximumWeight, ToIntFunction<V> weight, Duration maximumAge) {
        this.kept = Caffeine.newBuilder().maximumWeight(maximumWeight)
                .<K, Kept<V>>weigher((key, entry) -> weight.applyAsInt(entry.answer)).expireAfterWrite(maximumAge)
                .executor(Runnable::run).build();
    }

    /**
     * The kept answer for {@code key}, or the one {@code read} gives now, kept unless a change came in
     * meanwhile. {@code read} must see committed rows only, in a persistence context of its own (one
     * that holds no entities from before a change), and return an immutable answer: callers share it.
     * A null answer (nothing found) reaches the callers waiting for it and is not kept.
     */
    public V get(K key, Supplier<V> read) {
        Optional<V> found = kept(key); // the common case, thousands of times a second: no future
        return found.isPresent() ? found.get() : awaitAnswer(lookUp(key, read, Runnable::run).toCompletableFuture());
    }

    /**
     * As {@link #get}, for a caller that must not block (the event loop): on a miss, {@code read} runs
     * on {@code executor} (a worker thread) and the answer completes the stage there.
     */
    public CompletionStage<V> lookUp(K key, Supplier<V> read, Executor executor) {
        long before = generation.get();
        Optional<V> found = kept(key);
        if (found.isPresent()) {
            return CompletableFuture.completedStage(found.get());
        }
        // After a change every dashboard, script and socket misses at once: they share the first one's
        // read. Only a read of the same generation is shared, one that started after the last change.
        Reading<V> mine = new Reading<>(before, new CompletableFuture<>());
        Reading<V> under = reading.compute(key, (k, running) -> running != null && running.generation == before ? running : mine);
        if (under == mine) {
            try {
                executor.execute(() -> read(key, read, mine));
            } catch (RuntimeException rejected) { // e.g. a pool shutting down: no caller waits forever
                finish(key, mine, null, rejected);
            }
        }
        return under.answer.minimalCompletionStage(); // a caller cannot complete what others wait for
    }

    private void read(K key, Supplier<V> read, Reading<V> mine) {
        V answer;
        try {
            answer = read.get();
        } catch (Throwable failed) {
            finish(key, mine, null, failed);
            return;
        }
        if (answer != null) {
            keep(key, answer, mine.generation);
        }
        finish(key, mine, answer, null);
    }

    private void finish(K key, Reading<V> mine, V answer, Throwable failed) {
        reading.remove(key, mine);
        if (failed == null) {
            mine.answer.complete(answer);
        } else {
            mine.answer.completeExceptionally(failed);
        }
    }

    private static <V> V awaitAnswer(CompletableFuture<V> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause; // the reader's own failure, as if this caller had read (e.g. the database is down)
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** The answer kept for {@code key}, if any: the fast path of a caller on the event loop. */
    public Optional<V> kept(K key) {
        Kept<V> found = kept.getIfPresent(key);
        return found != null && found.generation == generation.get() ? Optional.of(found.answer) : Optional.empty();
    }

    /** Reads under way: none once every caller has its answer. */
    int readsUnderWay() {
        return reading.size();
    }

    private void keep(K key, V answer, long generationBeforeReading) {
        if (generation.get() == generationBeforeReading && changesUnderWay.get() == 0) {
            kept.put(key, new Kept<>(generationBeforeReading, answer));
        }
    }

    /** A change is being written, not committed yet: no answer kept so far counts, none is kept until {@link #changed()}. */
    public void changing() {
        changesUnderWay.incrementAndGet();
        forget();
    }

    /** The transaction of a change {@link #changing()} announced has ended, committed or rolled back. */
    public void changed() {
        forget();
        changesUnderWay.decrementAndGet();
    }

    /** Drops every kept answer, as a change does (e.g. after rows were written by hand in a test). */
    public void forget() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }
}
