package org.kiloguardian.gateway.realtime.emit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.socketio.server.BroadcastOperator;
import org.kiloguardian.socketio.server.Namespace;
import org.kiloguardian.socketio.server.SocketIoServer;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * How the rest of the application pushes over Socket.IO. Callable from any thread, never blocks:
 * each emit is queued on the recipients' connections. Arguments are serialized with the
 * application's Jackson mapper; {@code byte[]} values travel as binary attachments.
 */
@ApplicationScoped
public class RealtimeEmitter {

    private final SocketIoServer server;

    RealtimeEmitter(SocketIoServer server) {
        this.server = server;
    }

    /** To every socket of the default namespace {@code /} (where the household events live). */
    public void emit(String event, Object... args) {
        server.defaultNamespace().emit(event, args);
    }

    /** To every socket of every namespace. */
    public void emitToAllNamespaces(String event, Object... args) {
        for (Namespace namespace : server.namespaces()) {
            namespace.emit(event, args);
        }
    }

    /** To the sockets of one room of the default namespace. */
    public void emitToRoom(String room, String event, Object... args) {
        server.defaultNamespace().to(room).emit(event, args);
    }

    /** Every socket of a namespace; chain {@code .to(room)} / {@code .except(room)} to narrow it. */
    public BroadcastOperator namespace(String name) {
        return server.of(name).broadcast();
    }

    /** A room of the default namespace; chain more rooms or exceptions. */
    public BroadcastOperator room(String room) {
        return server.defaultNamespace().to(room);
    }

    /**
     * To every socket of the default namespace, collecting each socket's acknowledgement; fails with
     * {@code AckTimeoutException} after {@code kilo.realtime.ack-timeout}.
     */
    public CompletionStage<List<ArrayNode>> emitWithAck(String event, Object... args) {
        return server.defaultNamespace().emitWithAck(server.ackTimeout(), event, args);
    }

    public CompletionStage<List<ArrayNode>> emitWithAck(Duration timeout, BroadcastOperator to, String event,
            Object... args) {
        return to.emitWithAck(timeout, event, args);
    }
}
