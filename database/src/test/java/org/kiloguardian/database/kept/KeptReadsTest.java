package org.kiloguardian.database.kept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeptReadsTest {

    private final KeptReads<String, String> kept = new KeptReads<>(10, Duration.ofMinutes(1));
    private final AtomicInteger reads = new AtomicInteger();
    /** Callers of their own (not the common pool: one thread on a 2-core box would run them one after the other). */
    private final ExecutorService callers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aKeptAnswerIsGivenWithoutReadingUntilTheRowsChange() {
        assertThat(kept.get("list", () -> read("first"))).isEqualTo("first");
        assertThat(kept.get("list", () -> read("second"))).as("kept").isEqualTo("first");
        assertThat(reads).hasValue(1);

        kept.changing();
        kept.changed();
        assertThat(kept.get("list", () -> read("after the change"))).isEqualTo("after the change");
        assertThat(reads).hasValue(2);
    }

    @Test
    void callersThatMissAtOnceShareOneRead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = readUnderWay(release, () -> read("rows"));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.get("list", () -> read("rows again")), callers);
        Thread.sleep(500); // the second caller is waiting by now
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("rows");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("rows");
        assertThat(reads).as("reads").hasValue(1);
    }

    @Test
    void aCallerAfterAChangeDoesNotTakeAReadThatStartedBeforeIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> before = readUnderWay(release, () -> read("rows before the change"));
        kept.changing();
        kept.changed();
        assertThat(kept.get("list", () -> read("rows after the change"))).isEqualTo("rows after the change");
        release.countDown();
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("rows before the change");
        assertThat(kept.get("list", () -> read("read again"))).as("kept").isEqualTo("rows after the change");
    }

    @Test
    void aSharedReadsFailureReachesEveryCallerAndIsNotKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = readUnderWay(release, () -> {
            throw new IllegalStateException("database unavailable");
        });
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> kept.get("list", () -> read("rows")), callers);
        Thread.sleep(500);
        release.countDown();
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database unavailable");
        assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database unavailable");
        assertThat(kept.get("list", () -> read("rows once it is back"))).isEqualTo("rows once it is back");
    }

    /** A caller's read of "list" that has started and finishes with {@code read} once {@code release} opens. */
    private CompletableFuture<String> readUnderWay(CountDownLatch release, Supplier<String> read) throws InterruptedException {
        CountDownLatch underWay = new CountDownLatch(1);
        CompletableFuture<String> caller = CompletableFuture.supplyAsync(() -> kept.get("list", () -> {
            underWay.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read.get();
        }), callers);
        assertThat(underWay.await(5, TimeUnit.SECONDS)).as("the read started").isTrue();
        return caller;
    }

    @Test
    void eachKeyHasItsOwnAnswer() {
        kept.get("page 0", () -> read("rows 1-50"));
        assertThat(kept.get("page 1", () -> read("rows 51-100"))).isEqualTo("rows 51-100");
        assertThat(kept.get("page 0", () -> read("again"))).isEqualTo("rows 1-50");
    }

    @Test
    void anAnswerReadWhileTheRowsChangedIsNotKept() {
        String readBeforeTheChange = kept.get("list", () -> {
            kept.changing(); // a change commits while this read is under way
            kept.changed();
            return read("stale");
        });
        assertThat(readBeforeTheChange).isEqualTo("stale");
        assertThat(kept.get("list", () -> read("fresh"))).as("read again").isEqualTo("fresh");
    }

    @Test
    void lookUpsThatMissAtOnceShareOneReadOnTheExecutor() {
        Queue<Runnable> worker = new ArrayDeque<>();
        CompletableFuture<String> first = kept.lookUp("token", () -> read("owner"), worker::add).toCompletableFuture();
        CompletableFuture<String> second = kept.lookUp("token", () -> read("owner again"), worker::add).toCompletableFuture();
        assertThat(worker).as("reads handed to the executor").hasSize(1);
        assertThat(first).as("answered before the read ran").isNotDone();

        worker.poll().run();
        assertThat(first).isCompletedWithValue("owner");
        assertThat(second).isCompletedWithValue("owner");
        assertThat(kept.readsUnderWay()).as("reads left under way").isZero();
        assertThat(kept.lookUp("token", () -> read("owner read again"), ignored -> {
            throw new AssertionError("a kept answer needs no executor");
        })).isCompletedWithValue("owner");
        assertThat(reads).hasValue(1);
    }

    @Test
    void anAnswerReadOnTheExecutorIsNotKeptWhenAChangeCameInMeanwhile() {
        Queue<Runnable> worker = new ArrayDeque<>();
        CompletableFuture<String> before = kept.lookUp("token", () -> read("owner before the change"), worker::add).toCompletableFuture();
        kept.changing(); // while the read waits for a worker thread
        kept.changed();
        worker.poll().run();
        assertThat(before).isCompletedWithValue("owner before the change");
        assertThat(kept.kept("token")).isEmpty();
    }

    @Test
    void nothingFoundReachesTheCallersAndIsNotKept() {
        assertThat(kept.get("token", () -> null)).isNull();
        assertThat(kept.kept("token")).isEmpty();
        assertThat(kept.get("token", () -> read("owner, once created"))).isEqualTo("owner, once created");
    }

    @Test
    void aReadTheExecutorRefusesFailsItsCallersAndLeavesNothingUnderWay() {
        CompletableFuture<String> refused = kept.lookUp("token", () -> read("owner"), ignored -> {
            throw new RejectedExecutionException("shutting down");
        }).toCompletableFuture();
        assertThat(refused).isCompletedExceptionally();
        assertThat(kept.readsUnderWay()).isZero();
        assertThat(kept.get("token", () -> read("owner"))).isEqualTo("owner");
    }

    @Test
    void nothingReadBetweenAChangesEventAndTheEndOfItsTransactionIsKept() {
        kept.changing();
        kept.get("list", () -> read("before the commit"));
        kept.changed();
        assertThat(kept.get("list", () -> read("after the commit"))).isEqualTo("after the commit");
        assertThat(kept.get("list", () -> read("again"))).as("kept once no change is under way").isEqualTo("after the commit");
    }

    @Test
    void answersTogetherWeighNoMoreThanTheMaximum() {
        KeptReads<String, String> byLength = new KeptReads<>(10, String::length, Duration.ofMinutes(1));
        byLength.get("a", () -> read("123456"));
        byLength.get("b", () -> read("abcdef"));
        int before = reads.get();
        byLength.get("a", () -> read("123456"));
        byLength.get("b", () -> read("abcdef"));
        assertThat(reads.get() - before).as("12 characters do not fit in 10: one was read again").isPositive();
    }

    @Test
    void anAnswerExpiresAfterTheMaximumAge() throws InterruptedException {
        KeptReads<String, String> briefly = new KeptReads<>(10, Duration.ofMillis(50));
        briefly.get("list", () -> read("first"));
        Thread.sleep(120);
        assertThat(briefly.get("list", () -> read("second"))).isEqualTo("second");
    }

    private String read(String answer) {
        reads.incrementAndGet();
        return answer;
    }
}
