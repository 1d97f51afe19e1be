package org.kiloguardian.socketio.server;

import java.util.Set;

import org.kiloguardian.socketio.parser.EncodedPacket;

/**
 * An event as it went out with its offset, kept for the recovery window: {@code seq} orders the
 * log, {@code offset} is what the client saw as the event's last argument, {@code rooms} and
 * {@code except} are the broadcast's selection, replayed against a recovered socket's rooms.
 */
record LoggedPacket(long seq, String offset, long emittedAtMillis, Set<String> rooms, Set<String> except,
        EncodedPacket packet) {

    /** Whether a socket in these rooms was (or would have been) selected by this broadcast. */
    boolean reaches(Set<String> socketRooms) {
        boolean included = rooms.isEmpty();
        for (String room : socketRooms) {
            if (except.contains(room)) {
                return false;
            }
            if (!included && rooms.contains(room)) {
                included = true;
            }
        }
        return included;
    }
}
