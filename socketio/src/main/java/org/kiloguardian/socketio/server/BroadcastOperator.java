package org.kiloguardian.socketio.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.kiloguardian.socketio.parser.EncodedPacket;
import org.kiloguardian.socketio.parser.SocketIoPacket;
import org.kiloguardian.socketio.parser.SocketIoPacketType;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * An immutable selection of sockets in one namespace (rooms to include, rooms or socket ids to
 * leave out) to emit to. A plain emit is encoded once and the same frames go to every socket.
 */
public final class BroadcastOperator {

    private final Namespace namespace;
    private final Set<String> rooms;
    private final Set<String> except;

    BroadcastOperator(Namespace namespace, Set<String> rooms, Set<String> except) {
        this.namespace = namespace;
        this.rooms = rooms;
        this.except = except;
    }

    public BroadcastOperator to(String room) {
        Set<String> more = new HashSet<>(rooms);
        more.add(room);
        return new BroadcastOperator(namespace, Set.copyOf(more), except);
    }

    /** Leaves out the members of a room; every socket is in the room named by its own id. */
    public BroadcastOperator except(String room) {
        Set<String> more = new HashSet<>(except);
        more.add(room);
        return new BroadcastOperator(namespace, rooms, Set.copyOf(more));
    }

    public void emit(String event, Object... args) {
        ArrayNode data = SocketIoSocket.toArgs(namespace.server(), event, args);
        ConnectionStateRecovery recovery = namespace.recovery();
        if (recovery == null) {
            EncodedPacket packet = encode(data);
            for (SocketIoSocket socket : targets()) {
                socket.sendEncoded(packet);
            }
            return;
        }
        // The offset goes last among the arguments (how the reference and its clients expect it).
        LoggedPacket logged = recovery.append(rooms, except, offset -> encode(data.add(offset)));
        for (SocketIoSocket socket : targets()) {
            socket.sendLogged(logged);
        }
    }

    private EncodedPacket encode(ArrayNode data) {
        return namespace.server().encoder()
                .encode(new SocketIoPacket(SocketIoPacketType.EVENT, namespace.name(), null, data));
    }

    /**
     * Emits to each selected socket and completes with every answer; fails with
     * {@link AckTimeoutException} if one of them does not answer within the timeout.
     */
    public CompletionStage<List<ArrayNode>> emitWithAck(Duration timeout, String event, Object... args) {
        List<CompletableFuture<ArrayNode>> answers = new ArrayList<>();
        for (SocketIoSocket socket : targets()) {
            answers.add(socket.emitWithAck(timeout, event, args).toCompletableFuture());
        }
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(done -> answers.stream().map(CompletableFuture::join).toList());
    }

    /** The sockets selected right now. */
    public Collection<SocketIoSocket> targets() {
        if (rooms.isEmpty() && except.isEmpty()) {
            return namespace.sockets(); // no set to build for a namespace-wide broadcast
        }
        Set<SocketIoSocket> selected = new LinkedHashSet<>();
        if (rooms.isEmpty()) {
            selected.addAll(namespace.sockets());
        } else {
            for (String room : rooms) {
                selected.addAll(namespace.room(room));
            }
        }
        for (String room : except) {
            selected.removeAll(namespace.room(room));
        }
        return selected;
    }
}
