package org.kiloguardian.socketio.engine.transports.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateHandler;

/** Every write is reported written exactly once, however Netty completes its promise. */
class WrittenPromiseTest {

    private final AtomicInteger written = new AtomicInteger();
    private final EmbeddedChannel channel = new EmbeddedChannel(new IdleStateHandler(0, 0, 60));

    @Test
    void aWriteThroughNettyIsReportedOnce() {
        channel.writeAndFlush(Unpooled.wrappedBuffer(new byte[] { 1 }), new WrittenPromise(channel, written::incrementAndGet));
        assertThat(written).hasValue(1);
        assertThat((Object) channel.readOutbound()).isNotNull();
    }

    @Test
    void aWriteToAClosedChannelIsReportedOnce() {
        channel.close();
        channel.writeAndFlush(Unpooled.wrappedBuffer(new byte[] { 1 }), new WrittenPromise(channel, written::incrementAndGet));
        assertThat(written).hasValue(1);
    }

    @Test
    void everyWayToCompleteCountsOnce() {
        WrittenPromise succeeded = new WrittenPromise(channel, written::incrementAndGet);
        succeeded.setSuccess(null);
        assertThat(succeeded.trySuccess(null)).isFalse();
        assertThat(succeeded.tryFailure(new IllegalStateException())).isFalse();
        assertThatThrownBy(() -> succeeded.setFailure(new IllegalStateException())).isInstanceOf(IllegalStateException.class);

        new WrittenPromise(channel, written::incrementAndGet).setFailure(new IllegalStateException());
        new WrittenPromise(channel, written::incrementAndGet).tryFailure(new IllegalStateException());
        new WrittenPromise(channel, written::incrementAndGet).trySuccess(null);
        new WrittenPromise(channel, written::incrementAndGet).cancel(false);

        assertThat(written).hasValue(5);
    }
}
