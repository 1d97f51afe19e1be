package org.kiloguardian.gateway.realtime;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.gateway.realtime.emit.RealtimeEmitter;
import org.kiloguardian.socketio.server.Namespace;
import org.kiloguardian.socketio.server.SocketIoServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkus.runtime.Startup;

/**
 * Test-only handlers the client tests talk to: namespace {@code /test} (echo, acks, rooms,
 * broadcast, server acks, disconnect), {@code /private} behind a middleware, and a few events on
 * {@code /} that drive the {@link RealtimeEmitter} bean.
 */
@Startup
@ApplicationScoped
public class RealtimeTestHandlers {

    RealtimeTestHandlers(SocketIoServer server, RealtimeEmitter emitter) {
        Namespace test = server.of("/test");
        test.onConnection(socket -> {
            socket.on("echo", (s, args, ack) -> s.emit("echo-back", spread(args)));
            socket.on("echo-ack", (s, args, ack) -> ack.send(spread(args)));
            socket.on("echo-ack-all", (s, args, ack) -> ack.send(spread(args)));
            socket.on("join", (s, args, ack) -> {
                s.join(args.get(0).asText());
                ack.send("joined");
            });
            socket.on("leave", (s, args, ack) -> {
                s.leave(args.get(0).asText());
                ack.send("left");
            });
            socket.on("to-room", (s, args, ack) -> {
                test.to(args.get(0).asText()).emit(args.get(1).asText(), args.get(2));
                ack.send("sent");
            });
            socket.on("broadcast-others", (s, args, ack) -> s.broadcast().emit(args.get(0).asText(), args.get(1)));
            socket.on("server-ack", (s, args, ack) -> s.emitWithAck(Duration.ofSeconds(2), "question", args.get(0))
                    .whenComplete((answer, failure) -> {
                        if (failure == null) {
                            s.emit("answer-was", answer);
                        } else {
                            s.emit("answer-failed", failure.getMessage());
                        }
                    }));
            socket.on("disconnect-me", (s, args, ack) -> s.disconnect(false));
            socket.on("is-connected", (s, args, ack) -> ack.send(test.socket(args.get(0).asText()) != null));
        });

        server.of("/private")
                .use((socket, next) -> {
                    if ("let-me-in".equals(socket.handshake().auth().path("token").asText())) {
                        next.proceed();
                    } else {
                        next.reject("not allowed", Map.of("reason", "bad token"));
                    }
                })
                .onConnection(socket -> socket.emit("welcome", socket.handshake().auth()));

        server.defaultNamespace().onConnection(socket -> {
            socket.on("test:join", (s, args, ack) -> {
                s.join(args.get(0).asText());
                ack.send("joined");
            });
            socket.on("test:is-connected", (s, args, ack) ->
                    ack.send(server.defaultNamespace().socket(args.get(0).asText()) != null));
            socket.on("test:emit", (s, args, ack) -> {
                JsonNode order = args.get(0);
                String event = order.path("event").asText();
                JsonNode payload = order.get("payload");
                switch (order.path("to").asText()) {
                    case "all" -> emitter.emit(event, payload);
                    case "room" -> emitter.emitToRoom(order.path("room").asText(), event, payload);
                    case "namespace" -> emitter.namespace(order.path("namespace").asText()).emit(event, payload);
                    case "room-with-ack" -> {
                        emitter.emitWithAck(Duration.ofSeconds(3), emitter.room(order.path("room").asText()), event,
                                payload).whenComplete((answers, failure) ->
                                ack.send(failure == null ? answers : failure.getMessage()));
                        return;
                    }
                    default -> throw new IllegalArgumentException(order.toString());
                }
                ack.send("sent");
            });
        });
    }

    static Object[] spread(ArrayNode args) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i);
        }
        return values;
    }
}
