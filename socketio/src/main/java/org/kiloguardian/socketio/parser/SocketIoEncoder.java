package org.kiloguardian.socketio.parser;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Encodes {@code <type>[<attachments>-][<namespace>,][<id>][<json>]}; binary values found in the
 * data become {@code {"_placeholder":true,"num":n}} and travel as attachments.
 */
public final class SocketIoEncoder {

    private final ObjectMapper json;

    public SocketIoEncoder(ObjectMapper json) {
        this.json = json;
    }

    public EncodedPacket encode(SocketIoPacket packet) {
        List<byte[]> attachments = new ArrayList<>();
        JsonNode data = packet.data() == null ? null : extractBinary(packet.data(), attachments);
        SocketIoPacketType type = packet.type();
        if (!attachments.isEmpty()) {
            type = type == SocketIoPacketType.ACK ? SocketIoPacketType.BINARY_ACK
                    : type == SocketIoPacketType.EVENT ? SocketIoPacketType.BINARY_EVENT : type;
        }
        StringBuilder text = new StringBuilder().append(type.code());
        if (type.isBinary()) {
            text.append(attachments.size()).append('-');
        }
        if (packet.namespace() != null && !"/".equals(packet.namespace())) {
            text.append(packet.namespace()).append(',');
        }
        if (packet.id() != null) {
            text.append(packet.id());
        }
        if (data != null) {
            try {
                text.append(json.writeValueAsString(data));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("payload cannot be written as JSON", e);
            }
        }
        return new EncodedPacket(text.toString(), List.copyOf(attachments));
    }

    /** Returns the node itself when it holds no binary, else a copy with placeholders. */
    private static JsonNode extractBinary(JsonNode node, List<byte[]> attachments) {
        if (node.isBinary()) {
            ObjectNode placeholder = JsonNodeFactory.instance.objectNode();
            placeholder.put("_placeholder", true);
            placeholder.put("num", attachments.size());
            try {
                attachments.add(node.binaryValue());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return placeholder;
        }
        if (!hasBinary(node)) {
            return node;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode element : node) {
                copy.add(extractBinary(element, attachments));
            }
            return copy;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(field.getKey(), extractBinary(field.getValue(), attachments));
        }
        return copy;
    }

    static boolean hasBinary(JsonNode node) {
        if (node.isBinary()) {
            return true;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (hasBinary(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
