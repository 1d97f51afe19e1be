package org.kiloguardian.meds.dose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.medication.MedicationService;
import org.kiloguardian.meds.medication.MedicationView;
import org.kiloguardian.meds.support.MedsFixture;
import org.kiloguardian.testsupport.RecordedEvents;

import io.quarkus.test.junit.QuarkusTest;

/** Two takes of the same dose at the same moment, on real threads against the real PostgreSQL. */
@QuarkusTest
class ConcurrentTakeTest {

    private static final int ROUNDS = 5;

    @Inject
    MedsFixture fixture;
    @Inject
    DoseService doses;
    @Inject
    MedicationService medications;
    @Inject
    RecordedEvents events;

    private ExecutorService threads;

    @BeforeEach
    void reset() {
        fixture.reset(LocalDateTime.of(2026, 11, 29, 8, 10));
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void exactlyOneOfTwoTakesOfTheSameScheduledDoseWinsAndTheStockDropsOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            MedicationView med = fixture.create(MedsFixture.daily("Round " + round, new BigDecimal("1.5"), BigDecimal.TEN, "08:00", "20:00"));
            TakeRequest sameDose = new TakeRequest(OffsetDateTime.parse("2026-11-29T08:00+01:00"), null, null, null);

            List<Object> outcomes = race(() -> doses.take(med.id(), sameDose), () -> doses.take(med.id(), sameDose));

            assertOneWinner(outcomes);
            assertThat(medications.get(med.id()).stock()).isEqualTo(new BigDecimal("8.500"));
        }
        assertThat(events.of(MedicationTaken.class)).hasSize(ROUNDS);
    }

    @Test
    void twoTapsOnTakeWithoutATimeTakeTheMorningDoseOnceAndLeaveTheEveningOneOpen() throws Exception {
        MedicationView med = fixture.create(MedsFixture.daily("Taps", BigDecimal.ONE, BigDecimal.TEN, "08:00", "20:00"));

        List<Object> outcomes = race(() -> doses.take(med.id(), TakeRequest.NOW), () -> doses.take(med.id(), TakeRequest.NOW));

        assertOneWinner(outcomes);
        assertThat(medications.get(med.id()).stock()).isEqualTo(new BigDecimal("9.000"));
    }

    private List<Object> race(Callable<TakeResult> first, Callable<TakeResult> second) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TakeResult>> futures = new ArrayList<>();
        for (Callable<TakeResult> take : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return take.call();
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<TakeResult> future : futures) {
            try {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("a take hung", e);
            }
        }
        return outcomes;
    }

    private static void assertOneWinner(List<Object> outcomes) {
        long won = outcomes.stream().filter(TakeResult.class::isInstance).count();
        long refused = outcomes.stream().filter(DoseConflict.class::isInstance).count();
        assertThat(won).as(() -> "outcomes: " + outcomes).isEqualTo(1);
        assertThat(refused).as(() -> "outcomes: " + outcomes).isEqualTo(1);
    }
}
