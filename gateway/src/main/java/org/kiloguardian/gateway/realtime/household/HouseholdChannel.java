package org.kiloguardian.gateway.realtime.household;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.socketio.config.SocketIoConfig;
import org.kiloguardian.socketio.server.SocketIoServer;

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

    /** {@code timestamp}: ISO-8601 with the household's offset, e.g. 2026-11-29T08:15:00.123+01:00. */
    public record Pong(String timestamp) {
    }

    HouseholdChannel(SocketIoServer server, Clock clock, SocketIoConfig config, EventPayloads payloads) {
        if (config.conformance().enabled()) {
            return;
        }
        server.defaultNamespace().onConnection(socket -> {
            socket.emit("connected", payloads.of(new Connected("ok")));
            socket.on("ping", (s, args, ack) -> s.emit("pong", payloads.of(new Pong(OffsetDateTime.now(clock).toString()))));
        });
    }
}
