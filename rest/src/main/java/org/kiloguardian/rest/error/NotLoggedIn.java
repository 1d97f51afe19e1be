package org.kiloguardian.rest.error;

/**
 * No login stands behind the request (or the one that did no longer exists): answered 401, the
 * message as the problem's detail. A request without any credentials never gets this far: the
 * security layer answers it with its own challenge.
 */
public class NotLoggedIn extends Refusal {

    /**
     * The {@code WWW-Authenticate} challenge every 401 of the API carries (RFC 9110 requires one): the
     * bearer scheme, so that a browser never opens its own password dialog.
     */
    public static final String CHALLENGE = "Bearer realm=\"kilo-guardian\"";

    public NotLoggedIn(String message) {
        super(401, message);
    }
}
