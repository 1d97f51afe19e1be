package org.kiloguardian.socketio.engine.transports.websocket;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.kiloguardian.socketio.engine.parser.EnginePacket;
import org.kiloguardian.socketio.engine.parser.MalformedEnginePacketException;
import org.kiloguardian.socketio.engine.socket.EngineSocket;
import org.kiloguardian.socketio.engine.transports.Transport;

import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;

/**
 * Engine.IO over one websocket: text packets as text frames, binary messages as binary frames.
 * Writes go through an outbox drained on the connection's own event loop (or straight out when the
 * caller is that loop and nothing waits), so frames leave in the order the session queued them
 * whichever thread emitted; {@link #queuedPackets()} counts
 * what is not yet written to the network, which the session bounds.
 */
public final class WebSocketTransport implements Transport {

    private static final Object CLOSE = new Object();

    private final WebSocketConnection connection;
    private final FrameWriter writer;
    private final EventLoopDrains drains;
    private final Queue<Object> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile EngineSocket session;
    private volatile boolean closed;

    WebSocketTransport(WebSocketConnection connection, EventLoopDrains drains) {
        this.connection = connection;
        this.writer = new FrameWriter(connection, queued::decrementAndGet);
        this.drains = drains;
        OversizedFrames.install(writer.nettyContext());
    }

    @Override
    public String name() {
        return "websocket";
    }

    @Override
    public void bind(EngineSocket session) {
        this.session = session;
    }

    @Override
    public boolean writable() {
        return !closed;
    }

    @Override
    public int queuedPackets() {
        return queued.get();
    }

    @Override
    public void send(List<EnginePacket> packets) {
        queued.addAndGet(packets.size());
        if (!closed && !draining.get() && outbox.isEmpty() && drains.onLoop()) {
            // Already on the connection's loop with nothing waiting: write now, no hand-off
            // (the connections of the loop a broadcast is emitted on).
            for (int i = 0; i < packets.size(); i++) { // no iterator: this runs per socket per broadcast
                writer.write(packets.get(i));
            }
            return;
        }
        outbox.addAll(packets);
        scheduleDrain();
    }

    @Override
    public void close(boolean notifyClient) {
        if (!closed) {
            closed = true;
            outbox.add(CLOSE);
            scheduleDrain();
        }
    }

    @Override
    public void afterReceived(Runnable task) {
        drains.runAfterQueued(task);
    }

    void onText(String frame) {
        EngineSocket owner = session;
        if (owner == null) {
            return;
        }
        EnginePacket packet;
        try {
            packet = EnginePacket.decodeText(frame);
        } catch (MalformedEnginePacketException e) {
            owner.onTransportError(this, "parse error");
            return;
        }
        owner.onPacket(packet, this);
    }

    void onBinary(Buffer frame) {
        EngineSocket owner = session;
        if (owner != null) {
            owner.onPacket(EnginePacket.message(frame.getBytes()), this);
        }
    }

    void onClosed() {
        closed = true;
        EngineSocket owner = session;
        if (owner != null) {
            owner.onTransportClosed(this);
        }
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            drains.schedule(this);
        }
    }

    /** Runs on the connection's event loop (see {@link EventLoopDrains}). */
    void drain() {
        Object next;
        while ((next = outbox.poll()) != null) {
            if (next == CLOSE) {
                if (connection.isOpen()) {
                    connection.close().subscribe().with(ok -> { }, failure -> { });
                }
                outbox.clear();
                break;
            }
            writer.write((EnginePacket) next);
        }
        draining.set(false);
        if (!outbox.isEmpty()) {
            scheduleDrain();
        }
    }
}
