package org.kiloguardian.socketio.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every packet type encoded to its Socket.IO v5 text and decoded back to the same packet, after
 * socket.io-parser's test/parser.js (same cases, same wire strings).
 */
class SocketIoParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SocketIoEncoder encoder = new SocketIoEncoder(JSON);

    /** Encodes, checks the wire text, decodes with a fresh decoder and expects the same packet back. */
    private static void roundTrip(SocketIoPacket packet, String wire) {
        EncodedPacket encoded = new SocketIoEncoder(JSON).encode(packet);
        assertThat(encoded.text()).isEqualTo(wire);
        assertThat(encoded.attachments()).isEmpty();
        assertThat(new SocketIoDecoder(JSON).decodeText(encoded.text())).isEqualTo(packet);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void aMemberGivenTwiceTakesTheLastValueAsJsonParseDoesEvenWithAStrictMapper() {
        ObjectMapper strict = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        assertThat(new SocketIoDecoder(strict).decodeText("2[\"note\",{\"a\":1,\"a\":2}]"))
                .isEqualTo(SocketIoPacket.of(SocketIoPacketType.EVENT, "/", json("[\"note\",{\"a\":2}]")));
    }

    @Test
    void encodesAConnectionWithItsAuthPayload() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.CONNECT, "/woot", json("{\"token\":\"123\"}")), "0/woot,{\"token\":\"123\"}");
    }

    @Test
    void encodesAConnectionToTheDefaultNamespaceWithoutPayload() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.CONNECT, "/", null), "0");
    }

    @Test
    void encodesADisconnection() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.DISCONNECT, "/woot", null), "1/woot,");
    }

    @Test
    void encodesAnEvent() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.EVENT, "/", json("[\"a\",1,{}]")), "2[\"a\",1,{}]");
    }

    @Test
    void encodesAnEventWithAnIntegerAsEventName() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.EVENT, "/", json("[1,\"a\",{}]")), "2[1,\"a\",{}]");
    }

    @Test
    void encodesAnEventWithAnAckInANamespace() {
        roundTrip(new SocketIoPacket(SocketIoPacketType.EVENT, "/test", 1L, json("[\"a\",1,{}]")), "2/test,1[\"a\",1,{}]");
    }

    @Test
    void encodesAnAck() {
        roundTrip(new SocketIoPacket(SocketIoPacketType.ACK, "/", 123L, json("[\"a\",1,{}]")), "3123[\"a\",1,{}]");
    }

    @Test
    void encodesAConnectError() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.CONNECT_ERROR, "/", json("\"Unauthorized\"")), "4\"Unauthorized\"");
    }

    @Test
    void encodesAConnectErrorWithAnObject() {
        roundTrip(SocketIoPacket.of(SocketIoPacketType.CONNECT_ERROR, "/admin", json("{\"message\":\"Unauthorized\"}")),
                "4/admin,{\"message\":\"Unauthorized\"}");
    }

    @Test
    void anEncodedPacketIsOneEngineIoMessage() {
        EncodedPacket encoded = encoder.encode(SocketIoPacket.of(SocketIoPacketType.EVENT, "/", json("[\"hello\"]")));

        assertThat(encoded.messages()).hasSize(1);
        assertThat(encoded.messages().get(0).encodeText()).isEqualTo("42[\"hello\"]");
    }

    @Test
    void decodesUnicodeAndALargeId() {
        SocketIoPacket packet = new SocketIoDecoder(JSON).decodeText("2/chat,999999999999999[\"grüße\",\"☕\"]");

        assertThat(packet.namespace()).isEqualTo("/chat");
        assertThat(packet.id()).isEqualTo(999_999_999_999_999L);
        assertThat(packet.data()).isEqualTo(json("[\"grüße\",\"☕\"]"));
    }
}
