package org.kiloguardian.financial.csv;

/** The file as a whole cannot be imported; the message says why, for the report. */
class UnreadableFile extends Exception {

    UnreadableFile(String message) {
        super(message, null, false, false);
    }
}
