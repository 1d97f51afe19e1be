package org.kiloguardian.habits.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.testsupport.HouseholdClock;

import io.quarkus.test.junit.QuarkusTest;

/** Real threads, real PostgreSQL transactions: a read-modify-write of the count would lose some. */
@QuarkusTest
class ConcurrentCompletionTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @Inject
    HabitService habits;
    @Inject
    CompletionService completions;
    @Inject
    HouseholdClock clock;

    @Test
    void simultaneousCompletionsOfOneHabitLoseNoCount() throws Exception {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Glass of water")).withTargetCount(100));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            // every round starts all threads at once, the first round on a day that has no row yet
            CyclicBarrier together = new CyclicBarrier(THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await(30, TimeUnit.SECONDS);
                        completions.complete(habit.id(), null);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        DayState day = completions.day(habit.id(), LocalDate.of(2026, 6, 15));
        assertThat(day.count()).isEqualTo(THREADS * ROUNDS);
        assertThat(day.done()).isTrue();
    }
}
