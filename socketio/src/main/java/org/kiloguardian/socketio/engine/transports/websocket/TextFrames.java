package org.kiloguardian.socketio.engine.transports.websocket;

/**
 * Server-to-client websocket text frames (RFC 6455 section 5.2: final, unmasked), encoded once per
 * broadcast packet and then shared by every recipient, as Node's socket.io pre-encodes a broadcast's
 * frame. Netty's encoder would frame the same bytes again for each socket.
 */
final class TextFrames {

    private static final int FIN_TEXT = 0x81;

    private TextFrames() {
    }

    static byte[] frame(byte[] payload) {
        int length = payload.length;
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = (byte) FIN_TEXT;
        if (length < 126) {
            frame[1] = (byte) length;
        } else if (length <= 0xFFFF) {
            frame[1] = 126;
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = 127;
            long extended = length;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) (extended >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, length);
        return frame;
    }
}
