package org.kiloguardian.socketio.engine.parser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * One Engine.IO packet. Only MESSAGE packets may be binary ({@code binary != null}); every other
 * packet carries optional text data. Immutable: a broadcast shares one instance, so its text frame
 * is encoded once for all recipients.
 */
public final class EnginePacket {

    public static final EnginePacket PING = new EnginePacket(EnginePacketType.PING, "", null);
    public static final EnginePacket NOOP = new EnginePacket(EnginePacketType.NOOP, "", null);
    public static final EnginePacket CLOSE = new EnginePacket(EnginePacketType.CLOSE, "", null);

    private final EnginePacketType type;
    private final String text;
    private final byte[] binary;
    // Encoded on first use and kept: a broadcast shares one packet among all its recipients.
    private volatile String frame;
    private volatile byte[] utf8Frame;
    private volatile byte[] transportFrame;

    private EnginePacket(EnginePacketType type, String text, byte[] binary) {
        this.type = type;
        this.text = text;
        this.binary = binary;
    }

    public EnginePacketType type() {
        return type;
    }

    public String text() {
        return text;
    }

    public byte[] binary() {
        return binary;
    }

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
        String encoded = frame;
        if (encoded == null) {
            encoded = type.code() + text;
            frame = encoded;
        }
        return encoded;
    }

    /** The text frame as UTF-8, for a websocket; shared, so never to be modified. */
    public byte[] encodeTextUtf8() {
        byte[] encoded = utf8Frame;
        if (encoded == null) {
            encoded = encodeText().getBytes(StandardCharsets.UTF_8);
            utf8Frame = encoded;
        }
        return encoded;
    }

    /**
     * The text frame as a transport puts it on the wire ({@code framing} applied to
     * {@link #encodeTextUtf8()}), kept with the packet so a broadcast frames it once; shared, so
     * never to be modified. One transport frames text packets this way (the websocket).
     */
    public byte[] encodeTransportFrame(UnaryOperator<byte[]> framing) {
        byte[] encoded = transportFrame;
        if (encoded == null) {
            encoded = framing.apply(encodeTextUtf8());
            transportFrame = encoded;
        }
        return encoded;
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

    @Override
    public String toString() {
        return isBinary() ? "EnginePacket[" + type + ", " + binary.length + " bytes]" : "EnginePacket[" + type + ", " + text + "]";
    }
}
