package org.kiloguardian.socketio.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.kiloguardian.socketio.engine.parser.EnginePacket;
import org.kiloguardian.socketio.engine.socket.EngineSocket;
import org.kiloguardian.socketio.engine.socket.EngineSocketListener;
import org.kiloguardian.socketio.parser.EncodedPacket;
import org.kiloguardian.socketio.parser.MalformedPacketException;
import org.kiloguardian.socketio.parser.SocketIoDecoder;
import org.kiloguardian.socketio.parser.SocketIoPacket;
import org.kiloguardian.socketio.parser.SocketIoPacketType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One Engine.IO connection seen by Socket.IO: decodes its packets and multiplexes the namespaces
 * it has joined (at most one socket per namespace).
 */
final class SocketIoClient implements EngineSocketListener {

    private static final Logger LOG = Logger.getLogger(SocketIoClient.class);

    private final EngineSocket engine;
    private final SocketIoServer server;
    private final SocketIoDecoder decoder;
    private final Map<String, SocketIoSocket> sockets = new ConcurrentHashMap<>();
    private final long connectTimer;

    SocketIoClient(EngineSocket engine, SocketIoServer server) {
        this.engine = engine;
        this.server = server;
        this.decoder = new SocketIoDecoder(server.json());
        // An Engine.IO session that never connects a namespace is closed, as in the reference server.
        this.connectTimer = server.vertx().setTimer(server.connectTimeout().toMillis(), t -> {
            if (sockets.isEmpty()) {
                engine.close();
            }
        });
    }

    EngineSocket engine() {
        return engine;
    }

    @Override
    public void onMessage(EnginePacket message) {
        SocketIoPacket packet;
        try {
            synchronized (decoder) {
                packet = message.isBinary() ? decoder.decodeBinary(message.binary()) : decoder.decodeText(message.text());
            }
        } catch (MalformedPacketException e) {
            LOG.debugf("session %s: %s, closing", engine.id(), e.getMessage());
            engine.close();
            return;
        }
        if (packet == null) {
            return;
        }
        if (packet.type() == SocketIoPacketType.CONNECT) {
            connect(packet);
            return;
        }
        SocketIoSocket socket = sockets.get(packet.namespace());
        if (socket != null) {
            socket.onPacket(packet);
        }
    }

    @Override
    public void onClose(String reason) {
        server.vertx().cancelTimer(connectTimer);
        for (SocketIoSocket socket : new ArrayList<>(sockets.values())) {
            socket.onClose(reason);
        }
    }

    void write(EncodedPacket packet) {
        engine.send(packet.messages());
    }

    void write(SocketIoPacket packet) {
        write(server.encoder().encode(packet));
    }

    boolean register(SocketIoSocket socket) {
        return sockets.putIfAbsent(socket.namespace().name(), socket) == null;
    }

    void unregister(SocketIoSocket socket) {
        sockets.remove(socket.namespace().name(), socket);
    }

    void close() {
        engine.close();
    }

    private void connect(SocketIoPacket packet) {
        Namespace namespace = server.existing(packet.namespace());
        if (namespace == null) {
            ObjectNode error = JsonNodeFactory.instance.objectNode().put("message", "Invalid namespace");
            write(SocketIoPacket.of(SocketIoPacketType.CONNECT_ERROR, packet.namespace(), error));
            return;
        }
        if (sockets.containsKey(namespace.name())) {
            return;
        }
        namespace.connect(this, packet.data() == null ? JsonNodeFactory.instance.objectNode() : packet.data());
    }
}
