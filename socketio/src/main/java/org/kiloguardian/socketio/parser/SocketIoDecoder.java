package org.kiloguardian.socketio.parser;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Decodes the packets of one connection. Stateful: a binary packet is complete only after its
 * attachments have arrived, and is then returned with the placeholders replaced by the bytes.
 * Anything off the v5 encoding throws {@link MalformedPacketException}. Not thread-safe.
 */
public final class SocketIoDecoder {

    /** Event names a client may not emit (they mean something to the client library itself). */
    private static final Set<String> RESERVED_EVENTS = Set.of("connect", "connect_error", "disconnect",
            "disconnecting", "newListener", "removeListener");

    private final ObjectMapper json;
    private SocketIoPacket reconstructing;
    private int expectedAttachments;
    private final List<byte[]> attachments = new ArrayList<>();

    public SocketIoDecoder(ObjectMapper json) {
        this.json = json;
    }

    /** A text message: returns the packet, or null while its binary attachments are still to come. */
    public SocketIoPacket decodeText(String text) {
        if (reconstructing != null) {
            throw new MalformedPacketException("got plaintext data when reconstructing a packet");
        }
        Cursor cursor = new Cursor(text);
        int typeIndex = cursor.next() - '0';
        if (typeIndex < 0 || typeIndex >= SocketIoPacketType.values().length) {
            throw new MalformedPacketException("unknown packet type");
        }
        SocketIoPacketType type = SocketIoPacketType.values()[typeIndex];
        int attachmentCount = 0;
        if (type.isBinary()) {
            String digits = cursor.digits();
            if (digits.isEmpty() || digits.length() > 6 || cursor.next() != '-') {
                throw new MalformedPacketException("illegal attachments");
            }
            attachmentCount = Integer.parseInt(digits);
        }
        String namespace = "/";
        if (cursor.peek() == '/') {
            namespace = cursor.until(',');
        }
        Long id = null;
        String idDigits = cursor.digits();
        if (!idDigits.isEmpty()) {
            if (idDigits.length() > 15) {
                throw new MalformedPacketException("illegal id");
            }
            id = Long.parseLong(idDigits);
        }
        JsonNode data = null;
        String rest = cursor.rest();
        if (!rest.isEmpty()) {
            try (JsonParser parser = json.getFactory().createParser(rest)) {
                // JSON.parse, as the reference server reads it: a member given twice takes the last value,
                // even where the application's mapper refuses such objects (only the parser can be told)
                parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                data = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            } catch (Exception e) {
                throw new MalformedPacketException("invalid payload");
            }
        }
        if (!isPayloadValid(type, data)) {
            throw new MalformedPacketException("invalid payload");
        }
        SocketIoPacket packet = new SocketIoPacket(type, namespace, id, data);
        if (attachmentCount == 0) {
            return packet;
        }
        reconstructing = packet;
        expectedAttachments = attachmentCount;
        attachments.clear();
        return null;
    }

    /** A binary message: one attachment of the packet being reconstructed. */
    public SocketIoPacket decodeBinary(byte[] attachment) {
        if (reconstructing == null) {
            throw new MalformedPacketException("got binary data when not reconstructing a packet");
        }
        attachments.add(attachment);
        if (attachments.size() < expectedAttachments) {
            return null;
        }
        SocketIoPacket packet = reconstructing;
        reconstructing = null;
        JsonNode data = replacePlaceholders(packet.data(), attachments);
        attachments.clear();
        return new SocketIoPacket(packet.type(), packet.namespace(), packet.id(), data);
    }

    private static boolean isPayloadValid(SocketIoPacketType type, JsonNode data) {
        return switch (type) {
            case CONNECT -> data == null || data.isObject();
            case DISCONNECT -> data == null;
            case CONNECT_ERROR -> data == null || data.isObject() || data.isTextual();
            case EVENT, BINARY_EVENT -> data != null && data.isArray() && !data.isEmpty()
                    && (data.get(0).isNumber() || data.get(0).isTextual() && !RESERVED_EVENTS.contains(data.get(0).asText()));
            case ACK, BINARY_ACK -> data != null && data.isArray();
        };
    }

    private static JsonNode replacePlaceholders(JsonNode node, List<byte[]> attachments) {
        if (node == null) {
            return null;
        }
        if (node.isObject() && node.path("_placeholder").asBoolean(false)) {
            JsonNode num = node.get("num");
            if (num == null || !num.canConvertToInt() || num.asInt() < 0 || num.asInt() >= attachments.size()) {
                throw new MalformedPacketException("illegal attachment placeholder");
            }
            return BinaryNode.valueOf(attachments.get(num.asInt()));
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replacePlaceholders(array.get(i), attachments));
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(replacePlaceholders(field.getValue(), attachments));
            }
        }
        return node;
    }

    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text) {
            this.text = text;
        }

        char next() {
            if (position >= text.length()) {
                throw new MalformedPacketException("truncated packet");
            }
            return text.charAt(position++);
        }

        char peek() {
            return position < text.length() ? text.charAt(position) : 0;
        }

        String digits() {
            int start = position;
            while (position < text.length() && Character.isDigit(text.charAt(position))
                    && text.charAt(position) < 128) {
                position++;
            }
            return text.substring(start, position);
        }

        /** Up to (and consuming) the delimiter, or to the end. */
        String until(char delimiter) {
            int end = text.indexOf(delimiter, position);
            String value;
            if (end < 0) {
                value = text.substring(position);
                position = text.length();
            } else {
                value = text.substring(position, end);
                position = end + 1;
            }
            return value;
        }

        String rest() {
            String value = text.substring(position);
            position = text.length();
            return value;
        }
    }
}
