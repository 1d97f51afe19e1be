package org.kiloguardian.rest.error;

/**
 * The caller is known but may not do this (not their person, not an admin, a wrong current password
 * or setup code): answered 403, the message as the problem's detail.
 */
public class Forbidden extends Refusal {

    public Forbidden(String message) {
        super(403, message);
    }
}
