package org.kiloguardian.socketio.server;

/** Answers a client's event that asked for an acknowledgement; only the first call is sent. */
@FunctionalInterface
public interface Ack {

    /** Used when the client did not ask for an acknowledgement. */
    Ack NONE = args -> {
    };

    void send(Object... args);
}
