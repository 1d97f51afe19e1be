package org.kiloguardian.rest.error;

/**
 * A domain refusal answered with a status and the message as the problem's detail, and nothing
 * else: one mapper serves every kind. {@link InvalidInput} (field list) and {@link TooManyRequests}
 * ({@code Retry-After}) say more and have mappers of their own.
 */
public abstract class Refusal extends RuntimeException {

    private final int status;

    protected Refusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
