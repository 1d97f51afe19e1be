package org.kiloguardian.habits.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.habits.event.HabitEvent;

/**
 * The whole household's checklist of one day, kept until a habit or a completion changes: every
 * dashboard, tablet and script asks for it many times between two changes, and building it was the
 * whole cost of {@code GET /api/habits/today} (docs/performance.md).
 * <p>
 * Every change fires a {@link HabitEvent} in its transaction; each one forgets the kept list when it
 * is fired and again when its transaction ends. A list read while a change was under way is not kept:
 * the read takes the {@link #generation} first and its list counts only while no change came in. The
 * read must see committed rows only, in a persistence context of its own ({@link TodayService}).
 * One process per database (deploy/README.md, "Replicas"), so the events see every change the app
 * makes; {@link #KEPT} bounds what a change made outside the app (an admin's SQL) could leave stale.
 * A hand-written holder rather than quarkus-cache: its invalidation may race a load in flight
 * (quarkus#52143, caffeine#251), which the generation rules out.
 */
@ApplicationScoped
class KeptChecklist {

    static final Duration KEPT = Duration.ofMinutes(1);

    private final AtomicLong generation = new AtomicLong();
    private volatile Kept kept;

    private record Kept(LocalDate day, long generation, long madeAtNanos, List<TodayEntry> entries) {
    }

    /** The kept list of {@code day}, or the one {@code read} builds from committed rows (kept if nothing changed meanwhile). */
    List<TodayEntry> of(LocalDate day, Supplier<List<TodayEntry>> read) {
        long current = generation.get();
        Kept found = kept;
        if (found != null && found.generation == current && found.day.equals(day)
                && System.nanoTime() - found.madeAtNanos < KEPT.toNanos()) {
            return found.entries;
        }
        List<TodayEntry> entries = List.copyOf(read.get()); 
        if (generation.get() == current) {
            kept = new Kept(day, current, System.nanoTime(), entries);
        }
        return entries;
    }

    void forget() { 
        generation.incrementAndGet();
        kept = null;
    }

    void changing(@Observes HabitEvent changed) {
        forget();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) HabitEvent changed) {
        forget();
    }
}
