package org.kiloguardian.socketio.parser;

import java.util.ArrayList;
import java.util.List;

import org.kiloguardian.socketio.engine.parser.EnginePacket;

/**
 * A packet on the wire: the text part and, for binary packets, the attachments that follow it as
 * separate Engine.IO binary messages. Encoded once per broadcast and shared by every recipient,
 * down to the Engine.IO packets and their text frame.
 */
public record EncodedPacket(String text, List<byte[]> attachments, List<EnginePacket> messages) {

    public EncodedPacket(String text, List<byte[]> attachments) {
        this(text, attachments, messages(text, attachments));
    }

    private static List<EnginePacket> messages(String text, List<byte[]> attachments) {
        List<EnginePacket> messages = new ArrayList<>(1 + attachments.size());
        messages.add(EnginePacket.message(text));
        for (byte[] attachment : attachments) {
            messages.add(EnginePacket.message(attachment));
        }
        return List.copyOf(messages);
    }
}
