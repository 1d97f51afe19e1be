package org.kiloguardian.gateway.realtime.conformance;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.socketio.config.SocketIoConfig;
import org.kiloguardian.socketio.engine.parser.EnginePacket;
import org.kiloguardian.socketio.engine.server.EngineServers;
import org.kiloguardian.socketio.engine.socket.EngineSocketListener;
import org.kiloguardian.socketio.server.SocketIoServer;

import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkus.runtime.Startup;

/**
 * The behaviour the Socket.IO and Engine.IO protocol test suites expect of a server, switched on
 * at run time by {@code kilo.realtime.conformance.enabled} (the {@code conformance} profile), so
 * the production runner serves it unchanged. No authentication applies here.
 */
@Startup
@ApplicationScoped
public class ConformanceHandlers {

    ConformanceHandlers(SocketIoConfig config, SocketIoServer server, EngineServers engines) {
        if (!config.conformance().enabled()) {
            return;
        }
        server.defaultNamespace().onConnection(socket -> {
            socket.emit("auth", socket.handshake().auth());
            socket.on("message", (s, args, ack) -> s.emit("message-back", spread(args)));
            socket.on("message-with-ack", (s, args, ack) -> ack.send(spread(args)));
        });
        server.of("/custom").onConnection(socket -> socket.emit("auth", socket.handshake().auth()));
        engines.rawEngine().onConnection(engine -> engine.listener(new EngineSocketListener() {
            @Override
            public void onMessage(EnginePacket message) {
                engine.send(message);
            }

            @Override
            public void onClose(String reason) {
            }
        }));
    }

    static Object[] spread(ArrayNode args) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i);
        }
        return values;
    }

}
