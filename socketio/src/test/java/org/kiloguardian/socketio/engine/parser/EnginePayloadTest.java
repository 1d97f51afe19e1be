package org.kiloguardian.socketio.engine.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Engine.IO v4 packets and polling payloads (packets joined by 0x1e, binary as {@code b<base64>}),
 * after engine.io-parser's tests: every type, payloads of text and binary, malformed input refused.
 */
class EnginePayloadTest {

    private static final char SEPARATOR = '\u001e';

    @Test
    void encodesEveryPacketTypeAsItsDigit() {
        assertThat(EnginePacket.of(EnginePacketType.OPEN, "{\"sid\":\"abc\"}").encodeText()).isEqualTo("0{\"sid\":\"abc\"}");
        assertThat(EnginePacket.CLOSE.encodeText()).isEqualTo("1");
        assertThat(EnginePacket.PING.encodeText()).isEqualTo("2");
        assertThat(EnginePacket.of(EnginePacketType.PONG, "probe").encodeText()).isEqualTo("3probe");
        assertThat(EnginePacket.message("hello").encodeText()).isEqualTo("4hello");
        assertThat(EnginePacket.of(EnginePacketType.UPGRADE, null).encodeText()).isEqualTo("5");
        assertThat(EnginePacket.NOOP.encodeText()).isEqualTo("6");
    }

    @Test
    void decodesAPacketBackToItsTypeAndData() {
        EnginePacket packet = EnginePacket.decodeText("4€ and ☕");

        assertThat(packet.type()).isEqualTo(EnginePacketType.MESSAGE);
        assertThat(packet.text()).isEqualTo("€ and ☕");
        assertThat(packet.isBinary()).isFalse();
        assertThat(EnginePacket.decodeText("2probe").type()).isEqualTo(EnginePacketType.PING);
    }

    @Test
    void encodesAPayloadOfTextAndBinaryPackets() {
        String payload = EnginePayload.encode(List.of(EnginePacket.message("hello"), EnginePacket.message(new byte[] {1, 2, 3, 4}),
                EnginePacket.PING));

        assertThat(payload).isEqualTo("4hello" + SEPARATOR + "bAQIDBA==" + SEPARATOR + "2");
    }

    @Test
    void decodesAPayloadOfTextAndBinaryPackets() {
        List<EnginePacket> packets = EnginePayload.decode("4hello" + SEPARATOR + "bAQIDBA==" + SEPARATOR + "6");

        assertThat(packets).hasSize(3);
        assertThat(packets.get(0).text()).isEqualTo("hello");
        assertThat(packets.get(1).type()).isEqualTo(EnginePacketType.MESSAGE);
        assertThat(packets.get(1).binary()).containsExactly(1, 2, 3, 4);
        assertThat(packets.get(2).type()).isEqualTo(EnginePacketType.NOOP);
    }

    @Test
    void aPayloadOfOnePacketHasNoSeparator() {
        assertThat(EnginePayload.encode(List.of(EnginePacket.message("42[\"a\"]")))).isEqualTo("442[\"a\"]");
        assertThat(EnginePayload.decode("442[\"a\"]")).singleElement().satisfies(packet -> assertThat(packet.text()).isEqualTo("42[\"a\"]"));
    }

    @Test
    void keepsAnEmptyMessage() {
        List<EnginePacket> packets = EnginePayload.decode("4" + SEPARATOR + "4x");

        assertThat(packets).extracting(EnginePacket::text).containsExactly("", "x");
    }

    @Test
    void readsBase64EndingInALineBreakAsTheJavaClientSendsIt() {
        assertThat(EnginePayload.decode("bAQID\n")).singleElement()
                .satisfies(packet -> assertThat(packet.binary()).containsExactly(1, 2, 3));
    }

    @Test
    void rejectsInvalidBase64() {
        assertThatThrownBy(() -> EnginePayload.decode("4ok" + SEPARATOR + "bAQ=D"))
                .isInstanceOf(MalformedEnginePacketException.class).hasMessage("invalid base64 in binary packet");
        assertThatThrownBy(() -> EnginePayload.decode("bA"))
                .isInstanceOf(MalformedEnginePacketException.class).hasMessage("invalid base64 in binary packet");
    }

    @Test
    void rejectsAnUnknownPacketType() {
        assertThatThrownBy(() -> EnginePayload.decode("9hello")).isInstanceOf(MalformedEnginePacketException.class)
                .hasMessage("unknown packet type '9'");
        assertThatThrownBy(() -> EnginePacket.decodeText("x")).isInstanceOf(MalformedEnginePacketException.class);
    }

    @Test
    void rejectsAnEmptyPacket() {
        assertThatThrownBy(() -> EnginePayload.decode("")).isInstanceOf(MalformedEnginePacketException.class)
                .hasMessage("empty packet");
        assertThatThrownBy(() -> EnginePayload.decode("4a" + SEPARATOR)).isInstanceOf(MalformedEnginePacketException.class);
    }
}
