package org.kiloguardian.socketio.engine.parser;

/** A packet or payload that does not follow the Engine.IO v4 encoding; the session is closed. */
public class MalformedEnginePacketException extends RuntimeException {

    public MalformedEnginePacketException(String message) {
        super(message);
    }
}
