package org.kiloguardian.socketio.parser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Socket.IO packet, with binary attachments already put back in place: binary values are
 * Jackson {@code BinaryNode}s inside {@code data}. {@code id} is null when no ack is involved.
 */
public record SocketIoPacket(SocketIoPacketType type, String namespace, Long id, JsonNode data) {

    public static SocketIoPacket of(SocketIoPacketType type, String namespace, JsonNode data) {
        return new SocketIoPacket(type, namespace, null, data);
    }
}
