package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reconnect storm after a crash (the benchmark runs it with 5,000 clients: bench/socketio):
 * 500 stock npm clients with default reconnection settings on the production runner; the runner is
 * killed with SIGKILL and started again on the same port. Every client is back within 20 s of the
 * server answering again, none gives up, and a broadcast after that reaches every one of them.
 */
class ReconnectStormIT {

    private static final int CLIENTS = 500;
    private static ProductionRunner runner;

    @BeforeAll
    static void start() throws Exception {
        // The bench events of the conformance profile, with the production heartbeat: the profile's
        // 300 ms / 200 ms would drop clients of a loaded load generator before the storm even starts.
        runner = new ProductionRunner("conformance", ProductionRunner.freePort(), Map.of(
                "KILO_REALTIME_PING_INTERVAL", "25s", "KILO_REALTIME_PING_TIMEOUT", "20s",
                "KILO_REALTIME_CONNECT_TIMEOUT", "45s")).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (runner != null) {
            runner.stop();
        }
    }

    @Test
    void fiveHundredClientsComeBackAfterAKillAndMissNothingAfterwards() throws Exception {
        CompletableFuture<Void> connected = new CompletableFuture<>();
        CompletableFuture<Void> restarted = new CompletableFuture<>();
        AtomicLong readyAt = new AtomicLong();
        AtomicLong reconnectedAt = new AtomicLong();
        Thread restarter = new Thread(() -> {
            try {
                connected.get(120, TimeUnit.SECONDS);
                runner.kill();
                runner.start();
                readyAt.set(System.currentTimeMillis());
                restarted.complete(null);
            } catch (Exception e) {
                restarted.completeExceptionally(e);
            }
        });
        restarter.start();
        NodeClient.run(runner.baseUrl(), "storm", "polling,websocket", Map.of("STORM_CLIENTS", String.valueOf(CLIENTS)),
                line -> {
                    if (line.equals("@connected")) {
                        connected.complete(null);
                    } else if (line.startsWith("@reconnected ")) {
                        reconnectedAt.set(Long.parseLong(line.split(" ")[1]));
                    }
                });
        restarted.get(5, TimeUnit.SECONDS);
        assertThat(reconnectedAt.get() - readyAt.get())
                .as("every client back within 20 s of the server being ready")
                .isLessThanOrEqualTo(20_000);
    }
}
