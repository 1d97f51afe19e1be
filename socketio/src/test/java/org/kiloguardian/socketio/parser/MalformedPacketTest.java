package org.kiloguardian.socketio.parser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Input off the v5 encoding is refused, never half-decoded; after socket.io-parser's "throw an error
 * upon parsing error" (the same strings) and its packet validity rules.
 */
class MalformedPacketTest {

    private static void rejected(String text, String message) {
        assertThatThrownBy(() -> new SocketIoDecoder(new ObjectMapper()).decodeText(text))
                .isInstanceOf(MalformedPacketException.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "442[\"some\",\"data\"", // JSON cut short
        "0/admin,\"invalid\"", // a CONNECT payload must be an object
        "0[]",
        "1/admin,{}", // a DISCONNECT has none
        "2/admin,\"invalid", // an event is an array
        "2/admin,{}",
        "2[]", // with a name
        "2[{\"toString\":\"foo\"}]", // that is a string or a number
        "2[true,\"foo\"]",
        "2[null,\"bar\"]",
        "2[\"connect\"]", // and not reserved by the client library
        "2[\"disconnect\",\"123\"]",
        "2[\"connect_error\"]",
        "2[\"disconnecting\"]",
        "2[\"newListener\"]",
        "2[\"removeListener\"]",
        "3/admin,1{}", // an ack carries an array
        "3", // and something
        "2[\"a\"] trailing", // one JSON value, nothing after it
        "2[\"a\"][\"b\"]",
    })
    void rejectsAnInvalidPayload(String text) {
        rejected(text, "invalid payload");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5a-", "51.23-", "5-[\"a\"]", "51234567-[\"a\"]"})
    void rejectsAnIllegalAttachmentCount(String text) {
        rejected(text, "illegal attachments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"51", "50-"})
    void rejectsABinaryPacketWithoutItsBody(String text) {
        assertThatThrownBy(() -> new SocketIoDecoder(new ObjectMapper()).decodeText(text))
                .isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "7", "/", "a"})
    void rejectsAnUnknownPacketType(String text) {
        rejected(text, "unknown packet type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"21234567890123456[\"a\"]"})
    void rejectsAnIdLongerThanFifteenDigits(String text) {
        rejected(text, "illegal id");
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void rejectsAnEmptyMessage(String text) {
        rejected(text, "truncated packet");
    }
}
