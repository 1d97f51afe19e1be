package org.kiloguardian.socketio.engine.transports.websocket;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultChannelPromise;

/**
 * A write's promise that reports its completion itself instead of through a listener. Netty's idle
 * handler adds a listener to every write; a second one of ours would make each frame of a broadcast
 * allocate a listener array as well (measured in bench/socketio, where frame garbage set how often
 * the young collections paused the broadcast).
 */
final class WrittenPromise extends DefaultChannelPromise {

    private final Runnable written;

    WrittenPromise(Channel channel, Runnable written) {
        super(channel);
        this.written = written;
    }

    @Override
    public ChannelPromise setSuccess(Void result) {
        super.setSuccess(result); // throws if already done, so written runs once
        written.run();
        return this;
    }

    @Override
    public boolean trySuccess(Void result) {
        return completed(super.trySuccess(result));
    }

    @Override
    public ChannelPromise setFailure(Throwable cause) {
        super.setFailure(cause);
        written.run();
        return this;
    }

    @Override
    public boolean tryFailure(Throwable cause) {
        return completed(super.tryFailure(cause));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return completed(super.cancel(mayInterruptIfRunning));
    }

    private boolean completed(boolean nowDone) {
        if (nowDone) {
            written.run();
        }
        return nowDone;
    }
}
