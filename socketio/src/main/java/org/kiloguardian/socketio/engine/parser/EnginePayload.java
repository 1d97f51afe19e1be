package org.kiloguardian.socketio.engine.parser;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Polling payloads: several packets separated by the record separator 0x1e. */
public final class EnginePayload {

    static final char SEPARATOR = '\u001e';

    private EnginePayload() {
    }

    public static String encode(List<EnginePacket> packets) {
        StringBuilder payload = new StringBuilder();
        for (EnginePacket packet : packets) {
            if (!payload.isEmpty()) {
                payload.append(SEPARATOR);
            }
            payload.append(packet.encodeForPayload());
        }
        return payload.toString();
    }

    public static List<EnginePacket> decode(String payload) {
        List<EnginePacket> packets = new ArrayList<>();
        int start = 0;
        while (start <= payload.length()) {
            int end = payload.indexOf(SEPARATOR, start);
            if (end < 0) {
                end = payload.length();
            }
            packets.add(decodeOne(payload.substring(start, end)));
            start = end + 1;
        }
        return packets;
    }

    private static EnginePacket decodeOne(String encoded) {
        if (encoded.startsWith("b")) {
            try {
                // Lenient like the reference server (Node's Buffer.from(s, "base64")): the Java
                // io.socket client ends its base64 with a line break (Android's Base64.DEFAULT).
                return EnginePacket.message(Base64.getMimeDecoder().decode(encoded.substring(1)));
            } catch (IllegalArgumentException e) {
                throw new MalformedEnginePacketException("invalid base64 in binary packet");
            }
        }
        return EnginePacket.decodeText(encoded);
    }
}
