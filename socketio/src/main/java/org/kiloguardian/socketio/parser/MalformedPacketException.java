package org.kiloguardian.socketio.parser;

/** A Socket.IO packet that breaks the v5 encoding; the reference server closes the connection. */
public class MalformedPacketException extends RuntimeException {

    public MalformedPacketException(String message) {
        super(message);
    }
}
