package org.kiloguardian.socketio.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.kiloguardian.socketio.parser.SocketIoPacket;
import org.kiloguardian.socketio.parser.SocketIoPacketType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A client's socket in one namespace: its event handlers, rooms and pending acknowledgements.
 * Thread-safe; emits may come from any thread.
 */
public final class SocketIoSocket {

    private static final Logger LOG = Logger.getLogger(SocketIoSocket.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a connection may drop and come back (socket.io's recoverable disconnect reasons). */
    private static final Set<String> RECOVERABLE = Set.of("transport error", "transport close", "forced close",
            "ping timeout", "server shutting down", "forced server close", "poll connection closed prematurely");

    private final String id;
    private final String pid;
    private final boolean recovered;
    private final Map<String, Object> data = new ConcurrentHashMap<>();
    private final ConnectionStateRecovery.Restored restored;
    private final Object replayLock = new Object();
    /** Live events that arrive while the missed ones are being replayed; null otherwise. */
    private volatile List<LoggedPacket> heldDuringReplay;
    /** Logged events up to this one were in the replay (or did not reach this socket). */
    private volatile long replayedThrough = -1;
    private final Namespace namespace;
    private final SocketIoClient client;
    private final Handshake handshake;
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();
    private final List<Consumer<String>> disconnectHandlers = new CopyOnWriteArrayList<>();
    private final Map<Long, PendingAck> acks = new ConcurrentHashMap<>();
    private final AtomicLong nextAckId = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile EventHandler fallbackHandler;
    private final long arrival;

    SocketIoSocket(Namespace namespace, SocketIoClient client, Handshake handshake, long arrival,
            ConnectionStateRecovery.Restored restored) {
        this.namespace = namespace;
        this.client = client;
        this.handshake = handshake;
        this.arrival = arrival;
        this.restored = restored;
        this.recovered = restored != null;
        if (restored != null) {
            this.id = restored.session().sid();
            this.pid = restored.session().pid();
            this.data.putAll(restored.session().data());
            this.heldDuringReplay = new ArrayList<>();
        } else {
            this.id = newId();
            this.pid = namespace.recovery() == null ? null : ConnectionStateRecovery.newPid();
        }
    }

    /**
     * Whether this socket took over the session of a connection that dropped (connection state
     * recovery): same id, rooms and {@link #data()}, and the events it missed are replayed.
     */
    public boolean recovered() {
        return recovered;
    }

    /**
     * Application data kept with the socket and restored with it after a recovered disconnection
     * (socket.io's {@code socket.data}). Values should be immutable.
     */
    public Map<String, Object> data() {
        return data;
    }

    /** The private session id the client presents to recover; null when recovery is off. */
    String pid() {
        return pid;
    }

    /** Where this socket's CONNECT came in its namespace: broadcasts go out in this order. */
    long arrival() {
        return arrival;
    }

    public String id() {
        return id;
    }

    public Namespace namespace() {
        return namespace;
    }

    public Handshake handshake() {
        return handshake;
    }

    public boolean connected() {
        return !closed.get();
    }

    /** The Engine.IO transport in use: "polling" or "websocket". */
    public String transport() {
        return client.engine().transportName();
    }

    public SocketIoSocket on(String event, EventHandler handler) {
        handlers.put(event, handler);
        return this;
    }

    /** Handles every event that has no handler of its own. */
    public SocketIoSocket onAnyOther(EventHandler handler) {
        this.fallbackHandler = handler;
        return this;
    }

    public SocketIoSocket onDisconnect(Consumer<String> handler) {
        disconnectHandlers.add(handler);
        return this;
    }

    public void emit(String event, Object... args) {
        if (namespace.recovery() != null) {
            // logged with an offset like any broadcast, so it is replayed if the connection drops
            namespace.to(id).emit(event, args);
            return;
        }
        send(SocketIoPacketType.EVENT, null, eventArgs(event, args));
    }

    /** Emits and waits for the client's acknowledgement; fails with {@link AckTimeoutException}. */
    public CompletionStage<ArrayNode> emitWithAck(Duration timeout, String event, Object... args) {
        long ackId = nextAckId.getAndIncrement();
        PendingAck pending = new PendingAck(new CompletableFuture<>());
        acks.put(ackId, pending);
        pending.timer = namespace.server().vertx().setTimer(timeout.toMillis(), t -> {
            if (acks.remove(ackId, pending)) {
                pending.result.completeExceptionally(new AckTimeoutException("no ack for " + event + " within " + timeout));
            }
        });
        if (closed.get()) {
            failAcks();
        } else {
            send(SocketIoPacketType.EVENT, ackId, eventArgs(event, args));
        }
        return pending.result;
    }

    public void join(String room) {
        if (!closed.get() && rooms.add(room)) {
            namespace.join(this, room);
        }
    }

    public void leave(String room) {
        if (rooms.remove(room)) {
            namespace.leave(this, room);
        }
    }

    public Set<String> rooms() {
        return Set.copyOf(rooms);
    }

    /** Everyone in the namespace but this socket. */
    public BroadcastOperator broadcast() {
        return namespace.broadcast().except(id);
    }

    /** A room of the namespace, without this socket. */
    public BroadcastOperator to(String room) {
        return broadcast().to(room);
    }

    /** Leaves the namespace (the client receives DISCONNECT); {@code close} also ends the connection. */
    public void disconnect(boolean close) {
        if (!closed.get()) {
            client.write(SocketIoPacket.of(SocketIoPacketType.DISCONNECT, namespace.name(), null));
            onClose("server namespace disconnect");
        }
        if (close) {
            client.close();
        }
    }

    SocketIoClient client() {
        return client;
    }

    void onPacket(SocketIoPacket packet) {
        switch (packet.type()) {
            case EVENT, BINARY_EVENT -> onEvent(packet);
            case ACK, BINARY_ACK -> onAck(packet);
            case DISCONNECT -> onClose("client namespace disconnect");
            default -> {
                // CONNECT_ERROR is only sent by servers
            }
        }
    }

    void onClose(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ConnectionStateRecovery recovery = namespace.recovery();
        if (recovery != null && RECOVERABLE.contains(reason)) {
            recovery.persist(id, pid, rooms, data);
        }
        for (String room : rooms) {
            namespace.leave(this, room);
        }
        rooms.clear();
        namespace.remove(this);
        client.unregister(this);
        failAcks();
        for (Consumer<String> handler : disconnectHandlers) {
            try {
                handler.accept(reason);
            } catch (RuntimeException e) {
                LOG.errorf(e, "disconnect handler of socket %s failed", id);
            }
        }
    }

    void sendEncoded(org.kiloguardian.socketio.parser.EncodedPacket packet) {
        if (!closed.get()) {
            client.write(packet);
        }
    }

    /** An event with an offset; held back while a recovered socket's missed events are replayed. */
    void sendLogged(LoggedPacket packet) {
        if (packet.seq() <= replayedThrough) {
            return; // it was in the replay
        }
        if (heldDuringReplay != null) {
            synchronized (replayLock) {
                if (heldDuringReplay != null) {
                    heldDuringReplay.add(packet);
                    return;
                }
            }
            if (packet.seq() <= replayedThrough) {
                return;
            }
        }
        sendEncoded(packet.packet());
    }

    /** A recovered socket joins the rooms it was in (its own id room is joined by the namespace). */
    void rejoinRooms() {
        if (restored != null) {
            for (String room : restored.session().rooms()) {
                join(room);
            }
        }
    }

    /** Sends a recovered socket what it missed, then what arrived meanwhile, each event once. */
    void replayMissed() {
        if (restored == null) {
            return;
        }
        ConnectionStateRecovery.Replay replay = namespace.recovery().replay(restored.afterSeq(), restored.session().rooms());
        synchronized (replayLock) {
            for (LoggedPacket missed : replay.missed()) {
                sendEncoded(missed.packet());
            }
            replayedThrough = replay.throughSeq();
            List<LoggedPacket> held = new ArrayList<>(heldDuringReplay);
            held.sort(java.util.Comparator.comparingLong(LoggedPacket::seq));
            for (LoggedPacket packet : held) {
                if (packet.seq() > replay.throughSeq()) {
                    sendEncoded(packet.packet());
                }
            }
            heldDuringReplay = null;
        }
    }

    private void onEvent(SocketIoPacket packet) {
        ArrayNode data = (ArrayNode) packet.data();
        String event = data.get(0).asText();
        ArrayNode args = JsonNodeFactory.instance.arrayNode(data.size() - 1);
        for (int i = 1; i < data.size(); i++) {
            args.add(data.get(i));
        }
        Ack ack = packet.id() == null ? Ack.NONE : new OnceAck(packet.id());
        EventHandler handler = handlers.getOrDefault(event, fallbackHandler);
        if (handler == null) {
            return;
        }
        try {
            handler.handle(this, args, ack);
        } catch (RuntimeException e) {
            LOG.errorf(e, "handler of event %s failed on socket %s", event, id);
        }
    }

    private void onAck(SocketIoPacket packet) {
        if (packet.id() == null) {
            return;
        }
        PendingAck pending = acks.remove(packet.id());
        if (pending != null) {
            namespace.server().vertx().cancelTimer(pending.timer);
            pending.result.complete((ArrayNode) packet.data());
        }
    }

    private void failAcks() {
        for (Long ackId : acks.keySet()) {
            PendingAck pending = acks.remove(ackId);
            if (pending != null) {
                namespace.server().vertx().cancelTimer(pending.timer);
                pending.result.completeExceptionally(new AckTimeoutException("socket disconnected"));
            }
        }
    }

    private void send(SocketIoPacketType type, Long ackId, ArrayNode data) {
        if (!closed.get()) {
            client.write(new SocketIoPacket(type, namespace.name(), ackId, data));
        }
    }

    ArrayNode eventArgs(String event, Object[] args) {
        return toArgs(namespace.server(), event, args);
    }

    static ArrayNode toArgs(SocketIoServer server, String event, Object[] args) {
        ArrayNode data = JsonNodeFactory.instance.arrayNode(args.length + (event == null ? 0 : 1));
        if (event != null) {
            data.add(event);
        }
        for (Object arg : args) {
            data.add(toNode(server, arg));
        }
        return data;
    }

    private static JsonNode toNode(SocketIoServer server, Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof byte[] bytes) {
            return BinaryNode.valueOf(bytes);
        }
        return server.json().valueToTree(value);
    }

    private static String newId() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final class PendingAck {
        final CompletableFuture<ArrayNode> result;
        volatile long timer = -1;

        PendingAck(CompletableFuture<ArrayNode> result) {
            this.result = result;
        }
    }

    private final class OnceAck implements Ack {
        private final long ackId;
        private final AtomicBoolean sent = new AtomicBoolean();

        OnceAck(long ackId) {
            this.ackId = ackId;
        }

        @Override
        public void send(Object... args) {
            if (sent.compareAndSet(false, true)) {
                SocketIoSocket.this.send(SocketIoPacketType.ACK, ackId, toArgs(namespace.server(), null, args));
            }
        }
    }
}
