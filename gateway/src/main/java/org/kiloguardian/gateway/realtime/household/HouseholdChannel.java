package org.kiloguardian.gateway.realtime.household;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.gateway.realtime.server.SocketIoServer;

import io.quarkus.runtime.Startup;

/**
 * The household conversation on the default namespace, as the old clients expect it:
 * {@code connected {status:"ok"}} to every new socket and {@code pong {timestamp}} for a
 * {@code ping}. Off in the conformance profile, whose test suite expects nothing but its own events.
 */
@Startup
@ApplicationScoped
public class HouseholdChannel {

    public record Connected(String status) {
    }

    public record Pong(OffsetDateTime timestamp) {
    }

    HouseholdChannel(SocketIoServer server, Clock clock, RealtimeConfig config) {
        if (config.conformance().enabled()) {
            return;
        }
        server.defaultNamespace().onConnection(socket -> {
            socket.emit("connected", new Connected("ok"));
            socket.on("ping", (s, args, ack) -> s.emit("pong", new Pong(OffsetDateTime.now(clock))));
        });
    }
}
