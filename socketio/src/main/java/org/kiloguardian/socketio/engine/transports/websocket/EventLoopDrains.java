package org.kiloguardian.socketio.engine.transports.websocket;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;

/**
 * Drains the outboxes of every websocket owned by one event loop in a single task. A broadcast to
 * thousands of connections then wakes each event loop once, instead of once per connection
 * (measured: a tick to 5,000 sockets blocked the emitting loop for seconds with one task each).
 */
final class EventLoopDrains {

    private final Context loop;
    private final Queue<WebSocketTransport> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    EventLoopDrains(Context loop) {
        this.loop = loop;
    }

    /** Whether the caller runs on this event loop, so it may write to its connections itself. */
    boolean onLoop() {
        return ((ContextInternal) loop).nettyEventLoop().inEventLoop();
    }

    /** Queued behind every task already waiting on this loop (WebSockets Next's message hand-offs too). */
    void runAfterQueued(Runnable task) {
        loop.runOnContext(v -> task.run());
    }

    void schedule(WebSocketTransport transport) {
        pending.add(transport);
        if (scheduled.compareAndSet(false, true)) {
            loop.runOnContext(v -> run());
        }
    }

    private void run() {
        scheduled.set(false);
        WebSocketTransport transport;
        while ((transport = pending.poll()) != null) {
            transport.drain();
        }
    }
}
