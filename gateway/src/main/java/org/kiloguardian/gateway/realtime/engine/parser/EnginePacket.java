package org.kiloguardian.gateway.realtime.engine.parser;

import java.util.Base64;

/**
 * One Engine.IO packet. Only MESSAGE packets may be binary ({@code binary != null}); every other
 * packet carries optional text data.
 */
public record EnginePacket(EnginePacketType type, String text, byte[] binary) {

    public static final EnginePacket PING = new EnginePacket(EnginePacketType.PING, "", null);
    public static final EnginePacket NOOP = new EnginePacket(EnginePacketType.NOOP, "", null);
    public static final EnginePacket CLOSE = new EnginePacket(EnginePacketType.CLOSE, "", null);

    public static EnginePacket of(EnginePacketType type, String text) {
        return new EnginePacket(type, text == null ? "" : text, null);
    }

    public static EnginePacket message(String text) {
        return new EnginePacket(EnginePacketType.MESSAGE, text, null);
    }

    public static EnginePacket message(byte[] binary) {
        return new EnginePacket(EnginePacketType.MESSAGE, null, binary);
    }

    public boolean isBinary() {
        return binary != null;
    }

    /** The text form of a websocket frame, or of one packet inside a polling payload. */
    public String encodeText() {
        return type.code() + text;
    }

    /** A polling payload carries binary packets as {@code b<base64>}. */
    String encodeForPayload() {
        return isBinary() ? "b" + Base64.getEncoder().encodeToString(binary) : encodeText();
    }

    /** Decodes a websocket text frame or one text packet of a payload. */
    public static EnginePacket decodeText(String frame) {
        if (frame.isEmpty()) {
            throw new MalformedEnginePacketException("empty packet");
        }
        return of(EnginePacketType.fromCode(frame.charAt(0)), frame.substring(1));
    }
}
