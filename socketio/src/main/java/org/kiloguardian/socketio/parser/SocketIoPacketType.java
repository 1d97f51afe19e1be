package org.kiloguardian.socketio.parser;

/** Socket.IO v5 packet types; the wire form of each is its single digit. */
public enum SocketIoPacketType {
    CONNECT, DISCONNECT, EVENT, ACK, CONNECT_ERROR, BINARY_EVENT, BINARY_ACK;

    public char code() {
        return (char) ('0' + ordinal());
    }

    public boolean isBinary() {
        return this == BINARY_EVENT || this == BINARY_ACK;
    }
}
