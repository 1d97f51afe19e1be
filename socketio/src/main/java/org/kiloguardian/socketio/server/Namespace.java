package org.kiloguardian.socketio.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.kiloguardian.socketio.engine.server.EngineRequest;
import org.kiloguardian.socketio.parser.SocketIoPacket;
import org.kiloguardian.socketio.parser.SocketIoPacketType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Socket.IO namespace: its connected sockets, its rooms, the middlewares a CONNECT passes and
 * the handlers of new connections. Thread-safe.
 */
public final class Namespace {

    private static final Logger LOG = Logger.getLogger(Namespace.class);

    private final String name;
    private final SocketIoServer server;
    private final Map<String, SocketIoSocket> sockets = new ConcurrentHashMap<>();
    // Broadcasts reach sockets in the order they connected, as Node's socket.io does: clients then
    // get their frames in the order they made their sockets, which keeps a many-socket client's
    // memory access sequential (bench/socketio: hash order cost a 5,000-socket load generator ~20 %
    // more CPU and the broadcast a higher tail).
    private final ConcurrentSkipListMap<Long, SocketIoSocket> inArrivalOrder = new ConcurrentSkipListMap<>();
    private final AtomicLong arrivals = new AtomicLong();
    private final Map<String, Set<SocketIoSocket>> rooms = new ConcurrentHashMap<>();
    private final List<Middleware> middlewares = new CopyOnWriteArrayList<>();
    private final List<Consumer<SocketIoSocket>> connectionHandlers = new CopyOnWriteArrayList<>();
    private final ConnectionStateRecovery recovery;

    Namespace(String name, SocketIoServer server, ConnectionStateRecovery recovery) {
        this.name = name;
        this.server = server;
        this.recovery = recovery;
    }

    public String name() {
        return name;
    }

    public Namespace use(Middleware middleware) {
        middlewares.add(middleware);
        return this;
    }

    public Namespace onConnection(Consumer<SocketIoSocket> handler) {
        connectionHandlers.add(handler);
        return this;
    }

    /** The connected sockets, in the order they connected. */
    public Collection<SocketIoSocket> sockets() {
        return inArrivalOrder.values();
    }

    public SocketIoSocket socket(String id) {
        return sockets.get(id);
    }

    /** Everyone in this namespace. */
    public BroadcastOperator broadcast() {
        return new BroadcastOperator(this, Set.of(), Set.of());
    }

    public BroadcastOperator to(String room) {
        return broadcast().to(room);
    }

    public BroadcastOperator except(String room) {
        return broadcast().except(room);
    }

    public void emit(String event, Object... args) {
        broadcast().emit(event, args);
    }

    public CompletionStage<List<ArrayNode>> emitWithAck(Duration timeout, String event, Object... args) {
        return broadcast().emitWithAck(timeout, event, args);
    }

    SocketIoServer server() {
        return server;
    }

    /** Null when connection state recovery is off. */
    ConnectionStateRecovery recovery() {
        return recovery;
    }

    void pruneRecovery() {
        if (recovery != null) {
            recovery.prune();
        }
    }

    Set<SocketIoSocket> room(String room) {
        return rooms.getOrDefault(room, Set.of());
    }

    void join(SocketIoSocket socket, String room) {
        rooms.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void leave(SocketIoSocket socket, String room) {
        rooms.computeIfPresent(room, (r, members) -> {
            members.remove(socket);
            return members.isEmpty() ? null : members;
        });
    }

    void remove(SocketIoSocket socket) {
        if (sockets.remove(socket.id(), socket)) {
            inArrivalOrder.remove(socket.arrival(), socket);
        }
    }

    /** A CONNECT from the client: run the middlewares, then join and answer with the socket id. */
    void connect(SocketIoClient client, JsonNode auth) {
        EngineRequest request = client.engine().request();
        Handshake handshake = new Handshake(auth, request.query(), request.headers(), request.remoteAddress(),
                Instant.now(), request.identity());
        ConnectionStateRecovery.Restored restored = null;
        if (recovery != null && auth.path("pid").isTextual() && auth.path("offset").isTextual()) {
            restored = recovery.restore(auth.get("pid").asText(), auth.get("offset").asText()).orElse(null);
        }
        SocketIoSocket socket = new SocketIoSocket(this, client, handshake, arrivals.incrementAndGet(), restored);
        // Middlewares run for a recovered socket too (the reference skips them by default): a token
        // revoked or a session logged out while the client was away must not come back in.
        runMiddlewares(socket, 0);
    }

    private void runMiddlewares(SocketIoSocket socket, int index) {
        if (index == middlewares.size()) {
            accept(socket);
            return;
        }
        middlewares.get(index).handle(socket, new Middleware.Next() {
            private boolean done;

            @Override
            public synchronized void proceed() {
                if (!done) {
                    done = true;
                    runMiddlewares(socket, index + 1);
                }
            }

            @Override
            public synchronized void reject(String message, Object data) {
                if (!done) {
                    done = true;
                    ObjectNode error = JsonNodeFactory.instance.objectNode().put("message", message);
                    if (data != null) {
                        error.set("data", server.json().valueToTree(data));
                    }
                    socket.client().write(SocketIoPacket.of(SocketIoPacketType.CONNECT_ERROR, name, error));
                }
            }
        });
    }

    private void accept(SocketIoSocket socket) {
        SocketIoClient client = socket.client();
        if (!client.engine().isOpen() || !client.register(socket)) {
            return;
        }
        sockets.put(socket.id(), socket);
        inArrivalOrder.put(socket.arrival(), socket);
        socket.join(socket.id());
        socket.rejoinRooms();
        ObjectNode connect = JsonNodeFactory.instance.objectNode().put("sid", socket.id());
        if (recovery != null) {
            connect.put("pid", socket.pid());
        }
        client.write(SocketIoPacket.of(SocketIoPacketType.CONNECT, name, connect));
        // Registered first, then the log is read: an event emitted meanwhile is either in the
        // replay or delivered live, and the socket drops the one copy of it that is both.
        socket.replayMissed();
        for (Consumer<SocketIoSocket> handler : connectionHandlers) {
            try {
                handler.accept(socket);
            } catch (RuntimeException e) {
                LOG.errorf(e, "connection handler of namespace %s failed", name);
            }
        }
    }
}
