package org.kiloguardian.socketio.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Binary events and acks: byte arrays leave the JSON as placeholders and follow as attachments, and
 * the decoder puts them back; after socket.io-parser's test/buffer.js and helpers.test_bin.
 */
class BinaryPacketTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SocketIoEncoder encoder = new SocketIoEncoder(JSON);
    private final SocketIoDecoder decoder = new SocketIoDecoder(JSON);

    /** Feeds the text and then each attachment; the packet is complete only with the last one. */
    private SocketIoPacket decode(EncodedPacket encoded) {
        SocketIoPacket packet = decoder.decodeText(encoded.text());
        for (int i = 0; i < encoded.attachments().size(); i++) {
            assertThat(packet).as("not complete before attachment %d", i).isNull();
            packet = decoder.decodeBinary(encoded.attachments().get(i));
        }
        return packet;
    }

    @Test
    void encodesABinaryEventWithPlaceholders() {
        ArrayNode data = NODES.arrayNode().add("a").add(BinaryNode.valueOf(new byte[] {1, 2, 3}));

        EncodedPacket encoded = encoder.encode(SocketIoPacket.of(SocketIoPacketType.EVENT, "/cool", data));

        assertThat(encoded.text()).isEqualTo("51-/cool,[\"a\",{\"_placeholder\":true,\"num\":0}]");
        assertThat(encoded.attachments()).containsExactly(new byte[] {1, 2, 3});
        assertThat(encoded.messages()).hasSize(2);
        assertThat(decode(encoded)).isEqualTo(SocketIoPacket.of(SocketIoPacketType.BINARY_EVENT, "/cool", data));
    }

    @Test
    void encodesABinaryAckWithNestedBuffers() {
        ObjectNode nested = NODES.objectNode();
        nested.set("image", BinaryNode.valueOf(new byte[] {9}));
        nested.set("list", NODES.arrayNode().add(BinaryNode.valueOf(new byte[] {7, 7})).add("text"));
        ArrayNode data = NODES.arrayNode().add(nested).add(BinaryNode.valueOf(new byte[0]));

        EncodedPacket encoded = encoder.encode(new SocketIoPacket(SocketIoPacketType.ACK, "/", 127L, data));

        assertThat(encoded.text()).startsWith("63-127[");
        assertThat(encoded.attachments()).hasSize(3);
        assertThat(decode(encoded)).isEqualTo(new SocketIoPacket(SocketIoPacketType.BINARY_ACK, "/", 127L, data));
    }

    @Test
    void theEncoderLeavesTheCallersDataAlone() {
        ArrayNode data = NODES.arrayNode().add("a").add(BinaryNode.valueOf(new byte[] {1}));

        encoder.encode(SocketIoPacket.of(SocketIoPacketType.EVENT, "/", data));

        assertThat(data.get(1).isBinary()).as("a broadcast encodes the same data for every namespace").isTrue();
    }

    @Test
    void decodesAttachmentsByTheirNumberNotTheirOrderInTheJson() throws Exception {
        assertThat(decoder.decodeText("52-[\"x\",{\"_placeholder\":true,\"num\":1},{\"_placeholder\":true,\"num\":0}]")).isNull();
        assertThat(decoder.decodeBinary(new byte[] {0})).isNull();
        SocketIoPacket packet = decoder.decodeBinary(new byte[] {1});

        assertThat(packet.data().get(1).binaryValue()).containsExactly(1);
        assertThat(packet.data().get(2).binaryValue()).containsExactly(0);
    }

    @Test
    void rejectsAPlaceholderWithoutItsAttachment() {
        decoder.decodeText("51-[\"x\",{\"_placeholder\":true,\"num\":1}]");

        assertThatThrownBy(() -> decoder.decodeBinary(new byte[] {1}))
                .isInstanceOf(MalformedPacketException.class).hasMessage("illegal attachment placeholder");
    }

    @Test
    void rejectsBinaryDataWhenNotReconstructing() {
        assertThatThrownBy(() -> decoder.decodeBinary(new byte[] {1}))
                .isInstanceOf(MalformedPacketException.class).hasMessage("got binary data when not reconstructing a packet");
    }

    @Test
    void rejectsTextWhileReconstructing() {
        decoder.decodeText("51-[\"hello\",{\"_placeholder\":true,\"num\":0}]");

        assertThatThrownBy(() -> decoder.decodeText("2[\"hello\"]"))
                .isInstanceOf(MalformedPacketException.class).hasMessage("got plaintext data when reconstructing a packet");
    }

    @Test
    void decodesTheNextPacketAfterAReconstructedOne() {
        decode(encoder.encode(SocketIoPacket.of(SocketIoPacketType.EVENT, "/",
                NODES.arrayNode().add("a").add(BinaryNode.valueOf(new byte[] {1})))));

        assertThat(decoder.decodeText("2[\"hello\"]").data()).isEqualTo(NODES.arrayNode().add("hello"));
    }
}
