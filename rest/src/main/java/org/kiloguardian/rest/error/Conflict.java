package org.kiloguardian.rest.error;

/**
 * The request is well formed but the current state of the data refuses it (a name taken, a dose
 * already taken): answered 409, the message as the problem's detail.
 */
public class Conflict extends Refusal {

    public Conflict(String message) {
        super(409, message);
    }
}
