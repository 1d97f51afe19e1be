package org.kiloguardian.gateway.realtime.conformance;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.gateway.realtime.config.RealtimeConfig;
import org.kiloguardian.socketio.server.Ack;
import org.kiloguardian.socketio.server.Namespace;
import org.kiloguardian.socketio.server.SocketIoServer;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;

/**
 * The benchmark's server side ({@code kilo.realtime.bench.enabled}): {@code bench:start
 * {rate, size, durationMs}} broadcasts {@code tick {seq, t, pad}} to every socket of {@code /}
 * and acknowledges {@code {sent}} when done, with how long one emit took on the server
 * ({@code emitP50Ms}, {@code emitP99Ms}, {@code emitMaxMs}); {@code bench:echo} acknowledges its arguments.
 */
@Startup
@ApplicationScoped
public class BenchHandlers {

    public record Tick(long seq, long t, String pad) {
    }

    private final Vertx vertx;

    BenchHandlers(RealtimeConfig config, SocketIoServer server, Vertx vertx) {
        this.vertx = vertx;
        if (!config.bench().enabled()) {
            return;
        }
        Namespace broadcast = server.defaultNamespace();
        broadcast.onConnection(socket -> {
            socket.on("bench:echo", (s, args, ack) -> ack.send(ConformanceHandlers.spread(args)));
            socket.on("bench:start", (s, args, ack) -> {
                JsonNode options = args.path(0);
                int rate = Math.max(1, options.path("rate").asInt(10));
                int size = Math.max(0, options.path("size").asInt(0));
                long durationMs = Math.max(0, options.path("durationMs").asLong(1000));
                new TickRun(broadcast, rate, "x".repeat(size), rate * durationMs / 1000, ack).next();
            });
        });
    }

    /**
     * Sends tick number n at start + n/rate. When a timer fires late, every tick that is due goes
     * out at once: the rate is caught up, never silently lowered.
     */
    private final class TickRun {
        private final Namespace namespace;
        private final int rate;
        private final String pad;
        private final long total;
        private final Ack ack;
        private final long startNanos = System.nanoTime();
        private final long[] emitMicros;
        private long sent;

        TickRun(Namespace namespace, int rate, String pad, long total, Ack ack) {
            this.namespace = namespace;
            this.rate = rate;
            this.pad = pad;
            this.total = total;
            this.ack = ack;
            this.emitMicros = new long[(int) total];
        }

        void next() {
            long elapsed = System.nanoTime() - startNanos;
            long due = Math.min(total, elapsed * rate / 1_000_000_000L + 1);
            while (sent < due) {
                long before = System.nanoTime();
                namespace.emit("tick", new Tick(sent, epochMicros(), pad));
                emitMicros[(int) sent] = (System.nanoTime() - before) / 1_000;
                sent++;
            }
            if (sent >= total) {
                long[] sorted = Arrays.copyOf(emitMicros, (int) sent);
                Arrays.sort(sorted);
                // how long one emit to every socket took on the server (handing frames to Netty)
                ack.send(Map.of("sent", sent, "emitP50Ms", millis(sorted, 50), "emitP99Ms", millis(sorted, 99),
                        "emitMaxMs", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0));
                return;
            }
            long nextAt = startNanos + sent * 1_000_000_000L / rate;
            long delayMs = Math.max(1, (nextAt - System.nanoTime()) / 1_000_000);
            vertx.setTimer(delayMs, t -> next());
        }
    }

    private static double millis(long[] sortedMicros, int percentile) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        return sortedMicros[Math.min(sortedMicros.length - 1, percentile * sortedMicros.length / 100)] / 1000.0;
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
