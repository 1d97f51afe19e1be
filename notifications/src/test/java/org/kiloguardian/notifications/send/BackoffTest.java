package org.kiloguardian.notifications.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @Test
    void doublesFromTheInitialDelayUpToTheMaximum() {
        assertThat(backoff.after(1, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2, null)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(3, null)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.after(20, null)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void waitsLongerWhenTheServerAsksButNeverBeyondTheMaximum() {
        assertThat(backoff.after(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(3, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.after(1, Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        assertThat(SendOutcome.retryAfter(Optional.of("120"), now)).isEqualTo(Duration.ofSeconds(120));
        assertThat(SendOutcome.retryAfter(Optional.of("Fri, 04 Dec 2026 10:01:30 GMT"), now)).isEqualTo(Duration.ofSeconds(90));
        assertThat(SendOutcome.retryAfter(Optional.of("soon"), now)).isNull();
        assertThat(SendOutcome.retryAfter(Optional.empty(), now)).isNull();
    }
}
