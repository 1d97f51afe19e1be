package org.kiloguardian.rest.error;

/**
 * No login stands behind the request (or the one that did no longer exists): answered 401, the
 * message as the problem's detail. A request without any credentials never gets this far: the
 * security layer answers it with its own challenge.
 */
public class NotLoggedIn extends Refusal {

    public NotLoggedIn(String message) {
        super(401, message);
    }
}
