package org.kiloguardian.rest.error;

/** What the caller asked for existed but no longer works (an expired link): answered 410, the message as the problem's detail. */
public class Gone extends Refusal {

    public Gone(String message) {
        super(410, message);
    }
}
