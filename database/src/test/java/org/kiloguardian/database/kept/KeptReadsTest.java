package org.kiloguardian.database.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class KeptReadsTest {

    private final KeptReads<String, String> kept = new KeptReads<>(10, Duration.ofMinutes(1));
    private final AtomicInteger reads = new AtomicInteger();

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
    void anAnswerReadElsewhereIsKeptOnlyForTheGenerationItWasReadIn() {
        long before = kept.generation();
        kept.changing(); // while the caller read on another thread
        kept.changed();
        kept.keep("token", "owner before the change", before);
        assertThat(kept.kept("token")).isEmpty();

        long now = kept.generation();
        kept.keep("token", "owner", now);
        assertThat(kept.kept("token")).contains("owner");
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
