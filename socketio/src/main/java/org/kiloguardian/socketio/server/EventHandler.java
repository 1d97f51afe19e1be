package org.kiloguardian.socketio.server;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Handles one client event. Runs on the connection's event loop: it must not block (offload
 * blocking work, e.g. to a worker with {@code Vertx.executeBlocking}). Binary arguments arrive as
 * Jackson {@code BinaryNode}s.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(SocketIoSocket socket, ArrayNode args, Ack ack);
}
