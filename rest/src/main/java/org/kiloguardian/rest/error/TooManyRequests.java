package org.kiloguardian.rest.error;

/**
 * The caller must wait before trying again (a throttled password check): answered 429 with
 * {@code Retry-After}, the message as the problem's detail.
 */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds, as the Retry-After header says it. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
