package org.kiloguardian.database.kept;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
     */
    public V get(K key, Supplier<V> read) {
        long before = generation();
        Optional<V> found = kept(key);
        if (found.isPresent()) {
            return found.get();
        }
        // After a change every dashboard and script misses at once: they share the first one's read.
        // Only a read of the same generation is shared, one that started after the last change.
        Reading<V> mine = new Reading<>(before, new CompletableFuture<>());
        Reading<V> under = reading.compute(key, (k, running) -> running != null && running.generation == before ? running : mine);
        if (under != mine) {
            return awaitAnswer(under.answer);
        }
        try {
            V answer = read.get();
            keep(key, answer, before);
            mine.answer.complete(answer);
            return answer;
        } catch (Throwable failed) {
            mine.answer.completeExceptionally(failed);
            throw failed;
        } finally {
            reading.remove(key, mine);
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

    /** The answer kept for {@code key}, if any: for a caller that reads elsewhere (off the event loop) on a miss. */
    public Optional<V> kept(K key) {
        Kept<V> found = kept.getIfPresent(key);
        return found != null && found.generation == generation.get() ? Optional.of(found.answer) : Optional.empty();
    }

    /** Take this before reading the rows; hand it to {@link #keep}. */
    public long generation() {
        return generation.get();
    }

    /** Keeps an answer read after {@link #generation()} gave {@code generationBeforeReading}, unless a change came in since. */
    public void keep(K key, V answer, long generationBeforeReading) {
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
