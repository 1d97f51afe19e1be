package org.kiloguardian.socketio.engine.transports.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;

/** Our pre-encoded frames are what Netty's own websocket decoder (as a client would) reads back. */
class TextFramesTest {

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 125, 126, 127, 65_535, 65_536, 1_000_000 })
    void nettyDecodesEveryLengthClass(int length) {
        String text = "é".repeat(length / 2) + "x".repeat(length % 2); // multi-byte UTF-8 as well
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket08FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).maxFramePayloadLength(2_000_000).build()));

        client.writeInbound(Unpooled.wrappedBuffer(TextFrames.frame(payload)));

        TextWebSocketFrame frame = client.readInbound();
        assertThat(frame.isFinalFragment()).isTrue();
        assertThat(frame.text()).isEqualTo(text);
        assertThat((Object) client.readInbound()).as("nothing after the frame").isNull();
        frame.release();
        client.finishAndReleaseAll();
    }
}
