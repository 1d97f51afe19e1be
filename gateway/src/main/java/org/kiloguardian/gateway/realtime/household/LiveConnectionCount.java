package org.kiloguardian.gateway.realtime.household;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.socketio.server.SocketIoServer;
import org.kiloguardian.ui.admin.LiveConnections;

/** The admin's status page asks how many Socket.IO sockets are connected, over every namespace. */
@ApplicationScoped
public class LiveConnectionCount implements LiveConnections {

    private final SocketIoServer server;

    LiveConnectionCount(SocketIoServer server) {
        this.server = server;
    }

    @Override
    public int count() {
        return server.namespaces().stream().mapToInt(namespace -> namespace.sockets().size()).sum();
    }
}
