package org.kiloguardian.socketio.engine.socket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.kiloguardian.socketio.engine.parser.EnginePacket;
import org.kiloguardian.socketio.engine.parser.EnginePacketType;
import org.kiloguardian.socketio.engine.server.EngineOptions;
import org.kiloguardian.socketio.engine.server.EngineRequest;
import org.kiloguardian.socketio.engine.transports.Transport;

import io.vertx.core.Vertx;

/**
 * One Engine.IO session: its transport (and the one being probed during an upgrade), the write
 * buffer, the heartbeat and the close. All state is guarded by this object's monitor, held only
 * for short, non-blocking sections; listeners are called without it, so a listener may emit to
 * other sessions without risking a lock cycle.
 */
public final class EngineSocket {

    private static final Logger LOG = Logger.getLogger(EngineSocket.class);
    /** How often the reference server checks a polling transport during an upgrade. */
    private static final long UPGRADE_CHECK_MILLIS = 100;
    private static final EngineSocketListener NO_LISTENER = new EngineSocketListener() {
        @Override
        public void onMessage(EnginePacket message) {
        }

        @Override
        public void onClose(String reason) {
        }
    };

    private enum State { OPEN, CLOSING, CLOSED }

    private final String id;
    private final EngineRequest request;
    private final EngineOptions options;
    private final Vertx vertx;
    private final Consumer<EngineSocket> onClosed;
    private final ArrayDeque<EnginePacket> buffer = new ArrayDeque<>();

    private volatile EngineSocketListener listener = NO_LISTENER;
    private Transport transport;
    private Transport probe;
    private boolean probed;
    private boolean probeNoopSent;
    private long probeNoopTimer = -1;
    private boolean upgraded;
    private State state = State.OPEN;
    private long pingTimer = -1;
    private long pingTimeoutTimer = -1;
    private long upgradeTimer = -1;
    private long closingTimer = -1;

    public EngineSocket(String id, Transport transport, EngineRequest request, EngineOptions options,
            Vertx vertx, Consumer<EngineSocket> onClosed) {
        this.id = id;
        this.transport = transport;
        this.request = request;
        this.options = options;
        this.vertx = vertx;
        this.onClosed = onClosed;
        transport.bind(this);
    }

    public String id() {
        return id;
    }

    public EngineRequest request() {
        return request;
    }

    public synchronized Transport transport() {
        return transport;
    }

    public synchronized String transportName() {
        return transport.name();
    }

    public synchronized boolean isOpen() {
        return state == State.OPEN;
    }

    /** Whether a websocket may still take this session over (polling, not upgraded, no probe running). */
    public synchronized boolean acceptsUpgrade() {
        return state == State.OPEN && probe == null && !upgraded && "polling".equals(transport.name());
    }

    /**
     * Runs {@code task} once what the websocket being probed has already received is processed, at
     * once when no upgrade is under way. A polling request that arrives right after the client's
     * upgrade packet then sees the session upgraded (and is refused), as with the reference server.
     */
    public void afterUpgradeInput(Runnable task) {
        Transport probing;
        synchronized (this) {
            probing = probe;
        }
        if (probing == null) {
            task.run();
        } else {
            probing.afterReceived(task);
        }
    }

    public void listener(EngineSocketListener listener) {
        this.listener = listener;
    }

    /** Sends the open packet and starts the heartbeat. */
    public synchronized void open(List<String> upgrades) {
        String open = "{\"sid\":\"" + id + "\",\"upgrades\":" + toJsonArray(upgrades)
                + ",\"pingInterval\":" + options.pingIntervalMillis()
                + ",\"pingTimeout\":" + options.pingTimeoutMillis()
                + ",\"maxPayload\":" + options.maxPayload() + "}";
        buffer.add(EnginePacket.of(EnginePacketType.OPEN, open));
        flush();
        schedulePing();
    }

    /** Queues message packets (sent together, in order); a full queue disconnects the slow client. */
    public void send(List<EnginePacket> packets) {
        synchronized (this) {
            if (state != State.OPEN) {
                return;
            }
            if (buffer.size() + packets.size() + transport.queuedPackets() > options.maxQueuedPackets()) {
                LOG.debugf("session %s: send queue over %d packets, closing the slow client", id,
                        options.maxQueuedPackets());
                finish("slow client", false);
                return;
            }
            if (buffer.isEmpty() && transport.writable()) {
                transport.send(packets); // nothing waits before them: skip the buffer (every broadcast frame)
                return;
            }
            buffer.addAll(packets);
            flush();
        }
    }

    public void send(EnginePacket packet) {
        send(List.of(packet));
    }

    /** Server-side close: what is buffered is still delivered, then the client is told. */
    public synchronized void close() {
        if (state != State.OPEN) {
            return;
        }
        cancelHeartbeat();
        if (!transport.writable() && "polling".equals(transport.name())) {
            // The close packet rides on the client's next poll; give up after one heartbeat period.
            state = State.CLOSING;
            closingTimer = vertx.setTimer(options.pingIntervalMillis() + options.pingTimeoutMillis(),
                    t -> terminate("forced close"));
            return;
        }
        finish("forced close", true);
    }

    /** Ends the session at once (errors, timeouts); a pending poll is answered with a close packet. */
    public synchronized void terminate(String reason) {
        if (state != State.CLOSED) {
            finish(reason, false);
        }
    }

    /** A packet read from one of this session's transports. */
    public void onPacket(EnginePacket packet, Transport from) {
        EnginePacket deliver = null;
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            if (from == probe) {
                onProbePacket(packet);
                return;
            }
            if (from != transport) {
                return;
            }
            switch (packet.type()) {
                case PONG -> {
                    cancelTimer(pingTimeoutTimer);
                    pingTimeoutTimer = -1;
                    if (state == State.OPEN) {
                        schedulePing();
                    }
                }
                case MESSAGE -> deliver = packet;
                case CLOSE -> clientClosed();
                case PING, OPEN -> finish("invalid heartbeat direction", false);
                default -> {
                    // NOOP and a stray UPGRADE carry nothing
                }
            }
        }
        if (deliver != null && isOpen()) {
            listener.onMessage(deliver);
        }
    }

    /** A malformed packet or request on a transport: the session ends ("parse error" and the like). */
    public void onTransportError(Transport from, String reason) {
        synchronized (this) {
            if (from == probe) {
                abandonProbe();
            } else if (from == transport) {
                terminate(reason);
            }
        }
    }

    /** The network connection under a transport is gone. */
    public synchronized void onTransportClosed(Transport closed) {
        if (closed == probe) {
            abandonProbe();
        } else if (closed == transport && state != State.CLOSED) {
            finish("transport close", false);
        }
    }

    /** A poll arrived: deliver what waits, release it with a noop during an upgrade, or finish a close. */
    public synchronized void onWritable(Transport writable) {
        if (writable != transport) {
            return;
        }
        if (state == State.CLOSING) {
            finish("forced close", true);
            return;
        }
        if (!buffer.isEmpty()) {
            flush();
        } else if (probed && !probeNoopSent) {
            transport.send(List.of(EnginePacket.NOOP));
            probeNoopSent = true;
        } else if (probed) {
            // The client was already released for its upgrade, so this poll was probably sent
            // after its "5", which websockets-next may not have handed over yet: answer it at the
            // reference's 100 ms upgrade check, by then refused if the upgrade went through.
            cancelTimer(probeNoopTimer);
            probeNoopTimer = vertx.setTimer(UPGRADE_CHECK_MILLIS, t -> releaseForUpgrade(writable));
        }
    }

    /** A websocket opened with this session's id: probe it, and switch over when the client says so. */
    public synchronized boolean startUpgrade(Transport candidate) {
        if (!acceptsUpgrade()) {
            return false;
        }
        probe = candidate;
        probed = false;
        candidate.bind(this);
        upgradeTimer = vertx.setTimer(options.upgradeTimeoutMillis(), t -> {
            synchronized (this) {
                if (probe == candidate) {
                    abandonProbe();
                }
            }
        });
        return true;
    }

    private synchronized void releaseForUpgrade(Transport polling) {
        probeNoopTimer = -1;
        if (probed && transport == polling && polling.writable() && buffer.isEmpty()) {
            polling.send(List.of(EnginePacket.NOOP));
        }
    }

    private void onProbePacket(EnginePacket packet) {
        if (packet.type() == EnginePacketType.PING && "probe".equals(packet.text())) {
            probe.send(List.of(EnginePacket.of(EnginePacketType.PONG, "probe")));
            probed = true;
            if (transport.writable() && buffer.isEmpty()) {
                transport.send(List.of(EnginePacket.NOOP));
                probeNoopSent = true;
            }
        } else if (packet.type() == EnginePacketType.UPGRADE && probed) {
            cancelTimer(upgradeTimer);
            Transport polling = transport;
            transport = probe;
            probe = null;
            resetProbe();
            upgraded = true;
            polling.discard();
            flush();
        } else {
            abandonProbe();
        }
    }

    private void abandonProbe() {
        if (probe == null) {
            return;
        }
        cancelTimer(upgradeTimer);
        Transport failed = probe;
        probe = null;
        resetProbe();
        failed.close(false);
    }

    private void resetProbe() {
        probed = false;
        probeNoopSent = false;
        cancelTimer(probeNoopTimer);
        probeNoopTimer = -1;
    }

    private void clientClosed() {
        // The client said goodbye: release its pending poll with a noop, like the reference server.
        finish("transport close", false, false);
    }

    private void flush() {
        if (buffer.isEmpty() || !transport.writable()) {
            return;
        }
        List<EnginePacket> packets = new ArrayList<>(buffer);
        buffer.clear();
        transport.send(packets);
    }

    private void schedulePing() {
        cancelTimer(pingTimer);
        pingTimer = vertx.setTimer(options.pingIntervalMillis(), t -> sendPing());
    }

    private synchronized void sendPing() {
        pingTimer = -1;
        if (state != State.OPEN) {
            return;
        }
        buffer.add(EnginePacket.PING);
        flush();
        pingTimeoutTimer = vertx.setTimer(options.pingTimeoutMillis(), t -> terminate("ping timeout"));
    }

    private void finish(String reason, boolean orderly) {
        finish(reason, orderly, true);
    }

    private void finish(String reason, boolean orderly, boolean notifyClient) {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        cancelHeartbeat();
        cancelTimer(closingTimer);
        abandonProbe();
        if (orderly && transport.writable()) {
            List<EnginePacket> rest = new ArrayList<>(buffer);
            if ("polling".equals(transport.name())) {
                rest.add(EnginePacket.CLOSE);
            }
            transport.send(rest);
        }
        buffer.clear();
        transport.close(notifyClient);
        onClosed.accept(this);
        EngineSocketListener toNotify = listener;
        listener = NO_LISTENER;
        // Outside this monitor and after the caller's: the listener may touch other sessions.
        vertx.runOnContext(v -> toNotify.onClose(reason));
    }

    private void cancelHeartbeat() {
        cancelTimer(pingTimer);
        cancelTimer(pingTimeoutTimer);
        pingTimer = -1;
        pingTimeoutTimer = -1;
    }

    private void cancelTimer(long timer) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private static String toJsonArray(List<String> values) {
        return values.isEmpty() ? "[]" : "[\"" + String.join("\",\"", values) + "\"]";
    }
}
