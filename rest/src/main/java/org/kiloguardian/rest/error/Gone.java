package org.kiloguardian.rest.error;

/** What the caller asked for existed but no longer works (an expired link): answered 410, the message as the problem's detail. */
public class Gone extends RuntimeException {

    public Gone(String message) {
        super(message);
    }
}
