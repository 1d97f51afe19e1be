package org.kiloguardian.notifications.send;

import java.time.Duration;

/** Waits between tries: the initial delay doubled for each try already made, at most the maximum; longer if the server asked. */
public record Backoff(Duration initial, Duration max) {

    /** The wait after {@code attempts} failed tries (1 after the first). */
    public Duration after(int attempts, Duration retryAfter) {
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
