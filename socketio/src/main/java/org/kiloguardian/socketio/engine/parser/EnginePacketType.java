package org.kiloguardian.socketio.engine.parser;

/** Engine.IO v4 packet types; the wire form of each is its single digit. */
public enum EnginePacketType {
    OPEN, CLOSE, PING, PONG, MESSAGE, UPGRADE, NOOP;

    public char code() {
        return (char) ('0' + ordinal());
    }

    static EnginePacketType fromCode(char code) {
        int index = code - '0';
        if (index < 0 || index >= values().length) {
            throw new MalformedEnginePacketException("unknown packet type '" + code + "'");
        }
        return values()[index];
    }
}
