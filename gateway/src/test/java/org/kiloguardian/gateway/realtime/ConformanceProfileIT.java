package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The production runner started with {@code QUARKUS_PROFILE=conformance}: the protocol test
 * suites' server behaviour, the raw Engine.IO echo, the bench events, and a client that
 * reconnects by itself after the server restarts. No database is involved in this profile.
 */
class ConformanceProfileIT {

    private static ProductionRunner runner;

    @BeforeAll
    static void start() throws Exception {
        runner = new ProductionRunner("conformance", ProductionRunner.freePort()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        runner.close();
    }

    @Test
    void openPacketHasTheConformanceTimings() throws Exception {
        String open = new RawEngineClient(URI.create(runner.baseUrl() + "socket.io/")).get("EIO=4&transport=polling")
                .body();
        JsonNode packet = new ObjectMapper().readTree(open.substring(1));
        assertThat(packet.path("pingInterval").asInt()).isEqualTo(300);
        assertThat(packet.path("pingTimeout").asInt()).isEqualTo(200);
        assertThat(packet.path("maxPayload").asInt()).isEqualTo(1_000_000);
    }

    @Test
    void corsAllowsAnyOrigin() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                URI.create(runner.baseUrl() + "socket.io/?EIO=4&transport=polling")).header("Origin", "http://elsewhere.test")
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue("*");
    }

    @Test
    void socketIoHandlersOverBothTransports() {
        NodeClient.run(runner.baseUrl(), "conformance", "websocket");
        NodeClient.run(runner.baseUrl(), "conformance", "polling");
    }

    @Test
    void rawEngineIoEndpointEchoes() {
        // Polling first and fast: this profile pings every 300 ms and gives 200 ms for the pong.
        RawEngineClient polling = new RawEngineClient(URI.create(runner.baseUrl() + "engine.io/"));
        String sid = polling.openPolling();
        polling.post(EngineIoProtocolTest.q(sid), "4hello\u001ebAQID");
        assertThat(polling.get(EngineIoProtocolTest.q(sid)).body()).endsWith("4hello\u001ebAQID");
        NodeClient.run(runner.baseUrl(), "raw-engine", "websocket");
    }

    @Test
    void benchEvents() {
        NodeClient.run(runner.baseUrl(), "bench", "websocket");
    }

    @Test
    void theClientReconnectsAfterAServerRestart() throws Exception {
        CompletableFuture<Void> restarted = new CompletableFuture<>();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        Thread restarter = new Thread(() -> {
            try {
                connected.get(60, TimeUnit.SECONDS);
                runner.stop();
                runner.start();
                restarted.complete(null);
            } catch (Exception e) {
                restarted.completeExceptionally(e);
            }
        });
        restarter.start();
        NodeClient.run(runner.baseUrl(), "reconnect", "websocket,polling", line -> {
            if (line.equals("@connected")) {
                connected.complete(null);
            }
        });
        restarted.get(5, TimeUnit.SECONDS);
    }
}
