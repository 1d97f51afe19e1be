package org.kiloguardian.rest.error;

/** What the caller asked for does not exist: answered 404, the message as the problem's detail. */
public class NotFound extends Refusal {

    public NotFound(String message) {
        super(404, message);
    }
}
