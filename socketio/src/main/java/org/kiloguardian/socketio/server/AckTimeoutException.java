package org.kiloguardian.socketio.server;

/** A server emit with acknowledgement did not get its answer in time (or the socket went away). */
public class AckTimeoutException extends RuntimeException {

    public AckTimeoutException(String message) {
        super(message);
    }
}
