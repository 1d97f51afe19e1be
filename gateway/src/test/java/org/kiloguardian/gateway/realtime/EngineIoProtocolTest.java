package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Engine.IO v4 on the wire, without any client library: handshakes, payloads, the upgrade, the
 * heartbeat, and every error the reference server answers with {@code {"code","message"}}.
 * Test profile: pingInterval 500 ms, pingTimeout 400 ms.
 */
@QuarkusTest
class EngineIoProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/socket.io/")
    URI endpoint;

    private RawEngineClient client() {
        return new RawEngineClient(endpoint);
    }

    @Test
    void pollingHandshakeSendsTheOpenPacket() throws IOException {
        HttpResponse<String> response = client().get("EIO=4&transport=polling");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; charset=UTF-8");
        assertThat(response.body()).startsWith("0{");
        JsonNode open = JSON.readTree(response.body().substring(1));
        assertThat(open.path("sid").asText()).hasSize(20);
        assertThat(open.path("upgrades").toString()).isEqualTo("[\"websocket\"]");
        assertThat(open.path("pingInterval").asInt()).isEqualTo(500);
        assertThat(open.path("pingTimeout").asInt()).isEqualTo(400);
        assertThat(open.path("maxPayload").asInt()).isEqualTo(1_000_000);
    }

    @Test
    void badRequestsGetTheReferenceErrors() {
        RawEngineClient client = client();
        assertError(client.get("EIO=4"), 0, "Transport unknown");
        assertError(client.get("EIO=4&transport=carrier-pigeon"), 0, "Transport unknown");
        assertError(client.get("EIO=4&transport=polling&sid=nope"), 1, "Session ID unknown");
        assertError(client.method("POST", "EIO=4&transport=polling"), 2, "Bad handshake method");
        assertError(client.method("PUT", "EIO=4&transport=polling"), 2, "Bad handshake method");
        assertError(client.get("EIO=4&transport=websocket"), 3, "Bad request");
        assertError(client.get("transport=polling"), 5, "Unsupported protocol version");
        assertError(client.get("EIO=3&transport=polling"), 5, "Unsupported protocol version");
    }

    @Test
    void otherPathsUnderSocketIoStayA404() {
        HttpResponse<String> response = new RawEngineClient(endpoint.resolve("/socket.io/nothing-here"))
                .get("EIO=4&transport=polling");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void theRawEngineIoEndpointIsOffOutsideTheConformanceProfile() {
        HttpResponse<String> response = new RawEngineClient(endpoint.resolve("/engine.io/"))
                .get("EIO=4&transport=polling");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aPayloadCarriesSeveralPacketsAndBinaryAsBase64() {
        RawEngineClient client = client();
        String sid = client.openPolling();
        assertThat(client.post(q(sid), "40/test,\u001e451-/test,[\"echo\",\"x\",{\"_placeholder\":true,\"num\":0}]\u001ebAQID")
                .body()).isEqualTo("ok");
        String payload = pollSkippingPings(client, sid, "bAQID");
        assertThat(payload).containsPattern("40/test,\\{\"sid\":\"[^\"]+\"}\u001e451-/test,\\[\"echo-back\",\"x\","
                + "\\{\"_placeholder\":true,\"num\":0}]\u001ebAQID");
    }

    @Test
    void aSecondConcurrentPollIsAnErrorThatClosesTheSession() throws Exception {
        RawEngineClient client = client();
        String sid = client.openPolling();
        CompletableFuture<HttpResponse<String>> first = client.getAsync(q(sid));
        Thread.sleep(100);
        assertError(client.get(q(sid)), 3, "Bad request");
        assertThat(first.get(5, TimeUnit.SECONDS).body()).isEqualTo("1");
        assertError(client.get(q(sid)), 1, "Session ID unknown");
    }

    @Test
    void aPostOverMaxPayloadIsRefused() {
        RawEngineClient client = client();
        String sid = client.openPolling();
        assertThat(client.post(q(sid), "4" + "x".repeat(1_000_001)).statusCode()).isEqualTo(413);
    }

    @Test
    void aMalformedPacketClosesTheSession() {
        RawEngineClient client = client();
        String sid = client.openPolling();
        assertError(client.post(q(sid), "9oops"), 3, "Bad request");
        assertError(client.get(q(sid)), 1, "Session ID unknown");
    }

    @Test
    void theClientsCloseReleasesThePendingPollWithANoop() throws Exception {
        RawEngineClient client = client();
        String sid = client.openPolling();
        CompletableFuture<HttpResponse<String>> pending = client.getAsync(q(sid));
        Thread.sleep(100);
        client.post(q(sid), "1");
        assertThat(pending.get(5, TimeUnit.SECONDS).body()).isEqualTo("6");
        assertError(client.get(q(sid)), 1, "Session ID unknown");
    }

    @Test
    void theServerPingsAndClosesASessionThatNeverPongs() throws Exception {
        RawEngineClient client = client();
        String sid = client.openPolling();
        long start = System.nanoTime();
        assertThat(client.get(q(sid)).body()).isEqualTo("2");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(300L, 2000L);
        Thread.sleep(800);
        assertError(client.get(q(sid)), 1, "Session ID unknown");
    }

    @Test
    void aSessionThatPongsStaysOpen() {
        RawEngineClient client = client();
        String sid = client.openPolling();
        client.post(q(sid), "40");
        int pings = 0;
        long start = System.nanoTime();
        while (pings < 3) {
            String payload = client.get(q(sid)).body();
            assertThat(payload.split("\u001e")).as("no close packet").doesNotContain("1");
            if (payload.endsWith("2")) {
                pings++;
                client.post(q(sid), "3");
            }
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThan(1000L);
        assertThat(client.post(q(sid), "42[\"ping\"]").statusCode()).isEqualTo(200);
        assertThat(pollSkippingPings(client, sid, "pong")).contains("42[\"pong\",{\"timestamp\":");
    }

    @Test
    void aSessionThatNeverConnectsANamespaceIsClosedAfterTheConnectTimeout() {
        RawEngineClient client = client();
        String sid = client.openPolling();
        long start = System.nanoTime();
        String payload;
        while ((payload = client.get(q(sid)).body()).equals("2")) {
            client.post(q(sid), "3");
        }
        assertThat(payload).isEqualTo("1");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(1200L, 4000L);
    }

    @Test
    void websocketHandshakeSendsTheOpenPacketWithoutUpgrades() throws IOException {
        RawEngineClient.Ws ws = client().websocket("EIO=4&transport=websocket");
        String open = (String) ws.next();
        assertThat(open).startsWith("0{");
        assertThat(JSON.readTree(open.substring(1)).path("upgrades").toString()).isEqualTo("[]");
        ws.close();
    }

    @Test
    void upgradeFromPollingThenPollingIsRefusedAndASecondWebsocketIsClosed() throws Exception {
        RawEngineClient client = client();
        String sid = client.openPolling();
        RawEngineClient.Ws ws = upgrade(client, sid);
        ws.send("40");
        assertThat((String) ws.nextMessage()).startsWith("40{\"sid\":");
        assertThat(ws.nextMessage()).isEqualTo("42[\"connected\",{\"status\":\"ok\"}]");

        assertError(client.get(q(sid)), 3, "Bad request");
        // As the reference: the second websocket completes its handshake and is closed at once.
        assertThat(client.rawUpgrade("EIO=4&transport=websocket&sid=" + sid)).startsWith("HTTP/1.1 101");
        RawEngineClient.Ws second = client.websocket("EIO=4&transport=websocket&sid=" + sid);
        assertThat(second.next()).isSameAs(RawEngineClient.Ws.CLOSED);
        // ... and the first one keeps working
        ws.send("42[\"ping\"]");
        assertThat((String) ws.nextMessage()).startsWith("42[\"pong\",{\"timestamp\":");
        ws.close();
    }

    /**
     * A poll sent right after the client's upgrade packet: WebSockets Next hands the "5" to the
     * session in a task of its own, so the poll could be served first (200) before the fix.
     */
    @Test
    void aPollRightAfterTheUpgradePacketIsRefusedEveryTime() throws Exception {
        RawEngineClient client = client();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String sid = client.openPolling();
            RawEngineClient.Ws ws = upgrade(client, sid);
            HttpResponse<String> poll = client.get(q(sid));
            statuses.add(poll.statusCode());
            if (poll.statusCode() == 400) {
                assertThat(poll.body()).isEqualTo("{\"code\":3,\"message\":\"Bad request\"}");
            }
            ws.close();
        }
        assertThat(statuses).hasSize(200).containsOnly(400);
    }

    /** Probes a websocket for a polling session and sends the upgrade packet (written when this returns). */
    private static RawEngineClient.Ws upgrade(RawEngineClient client, String sid) throws Exception {
        CompletableFuture<HttpResponse<String>> pending = client.getAsync(q(sid));
        RawEngineClient.Ws ws = client.websocket("EIO=4&transport=websocket&sid=" + sid);
        ws.send("2probe");
        assertThat(ws.next()).isEqualTo("3probe");
        String released = pending.get(5, TimeUnit.SECONDS).body();
        while (released.equals("2")) {
            // a heartbeat got to the parked poll first: answer it; the next poll gets the noop
            client.post(q(sid), "3");
            released = client.get(q(sid)).body();
        }
        assertThat(released).isEqualTo("6");
        ws.send("5");
        return ws;
    }

    @Test
    void badWebsocketUpgradesGetTheReferenceErrors() throws IOException {
        RawEngineClient client = client();
        assertThat(client.rawUpgrade("EIO=4&transport=websocket&sid=nope"))
                .startsWith("HTTP/1.1 400").endsWith("{\"code\":1,\"message\":\"Session ID unknown\"}");
        assertThat(client.rawUpgrade("EIO=3&transport=websocket"))
                .startsWith("HTTP/1.1 400").endsWith("{\"code\":5,\"message\":\"Unsupported protocol version\"}");
        assertThat(client.rawUpgrade("EIO=4&transport=polling"))
                .startsWith("HTTP/1.1 400").endsWith("{\"code\":3,\"message\":\"Bad request\"}");
        assertThat(client.rawUpgrade("EIO=4&transport=smoke-signals"))
                .startsWith("HTTP/1.1 400").endsWith("{\"code\":0,\"message\":\"Transport unknown\"}");
        assertThat(client.rawUpgrade("EIO=4&transport=websocket")).startsWith("HTTP/1.1 101");
    }

    @Test
    void aWebsocketThatNeverPongsIsClosed() {
        RawEngineClient.Ws ws = client().websocket("EIO=4&transport=websocket");
        assertThat((String) ws.next()).startsWith("0{");
        assertThat(ws.next()).isEqualTo("2");
        assertThat(ws.next()).isSameAs(RawEngineClient.Ws.CLOSED);
    }

    static String q(String sid) {
        return "EIO=4&transport=polling&sid=" + sid;
    }

    /** Polls (answering pings) until the payload contains the marker. */
    static String pollSkippingPings(RawEngineClient client, String sid, String marker) {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String payload = client.get(q(sid)).body();
            if (payload.contains(marker)) {
                return payload;
            }
            if (payload.equals("2")) {
                client.post(q(sid), "3");
            }
            seen.append(payload).append(" | ");
        }
        throw new AssertionError("never received " + marker + ": " + seen);
    }

    static void assertError(HttpResponse<String> response, int code, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"code\":" + code + ",\"message\":\"" + message + "\"}");
    }
}
