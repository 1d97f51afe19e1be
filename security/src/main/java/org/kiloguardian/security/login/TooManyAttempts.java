package org.kiloguardian.security.login;

import java.time.Duration;

/** A password attempt refused unchecked, because this user or address must still wait. */
public class TooManyAttempts extends SecurityException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("Too many failed attempts: try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as a Retry-After header says it. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
