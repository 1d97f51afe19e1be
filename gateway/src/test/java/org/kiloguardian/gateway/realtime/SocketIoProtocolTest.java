package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiloguardian.gateway.realtime.EngineIoProtocolTest.pollSkippingPings;
import static org.kiloguardian.gateway.realtime.EngineIoProtocolTest.q;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Socket.IO v5 packets on the wire, over both transports, without a client library: CONNECT and
 * its errors, binary events, and the malformed packets that must close the connection.
 */
@QuarkusTest
class SocketIoProtocolTest {

    @TestHTTPResource("/socket.io/")
    URI endpoint;

    @Test
    void connectAnswersWithTheSocketIdAndTheHouseholdGreeting() {
        RawEngineClient client = new RawEngineClient(endpoint);
        String sid = client.openPolling();
        client.post(q(sid), "40");
        String payload = pollSkippingPings(client, sid, "connected");
        assertThat(payload).containsPattern("40\\{\"sid\":\"[A-Za-z0-9_-]{20}\"}\u001e42\\[\"connected\",\\{\"status\":\"ok\"}]");
    }

    @Test
    void anUnknownNamespaceIsRefused() {
        RawEngineClient client = new RawEngineClient(endpoint);
        String sid = client.openPolling();
        client.post(q(sid), "40/nope,");
        assertThat(pollSkippingPings(client, sid, "44")).isEqualTo("44/nope,{\"message\":\"Invalid namespace\"}");
    }

    @Test
    void aHandshakeRejectedByMiddlewareGetsConnectError() {
        RawEngineClient.Ws ws = new RawEngineClient(endpoint).websocket("EIO=4&transport=websocket");
        assertThat((String) ws.next()).startsWith("0{");
        ws.send("40/private,{\"token\":\"guess\"}");
        assertThat(ws.nextMessage()).isEqualTo("44/private,{\"message\":\"not allowed\",\"data\":{\"reason\":\"bad token\"}}");
        ws.send("40/private,{\"token\":\"let-me-in\"}");
        assertThat((String) ws.nextMessage()).startsWith("40/private,{\"sid\":");
        assertThat(ws.nextMessage()).isEqualTo("42/private,[\"welcome\",{\"token\":\"let-me-in\"}]");
        ws.close();
    }

    @Test
    void binaryEventsAndAcksTravelAsAttachments() {
        RawEngineClient.Ws ws = new RawEngineClient(endpoint).websocket("EIO=4&transport=websocket");
        ws.next();
        ws.send("40/test,");
        assertThat((String) ws.nextMessage()).startsWith("40/test,{\"sid\":");
        ws.send("451-/test,7[\"echo-ack\",{\"_placeholder\":true,\"num\":0}]");
        ws.send(new byte[] { 1, 2, 3 });
        assertThat(ws.nextMessage()).isEqualTo("461-/test,7[{\"_placeholder\":true,\"num\":0}]");
        assertThat((byte[]) ws.nextMessage()).containsExactly(1, 2, 3);
        ws.close();
    }

    @Test
    void malformedPacketsCloseTheConnection() {
        for (String malformed : new String[] { "4", "49", "42", "42{\"not\":\"an array\"}", "42[\"connect\"]",
                "40[]", "41\"x\"", "451[\"x\"]", "42[1,2", "4\u00e9" }) {
            RawEngineClient.Ws ws = new RawEngineClient(endpoint).websocket("EIO=4&transport=websocket");
            ws.next();
            ws.send("40");
            assertThat((String) ws.nextMessage()).startsWith("40{");
            ws.send(malformed);
            Object next;
            do {
                next = ws.nextMessage();
            } while (next instanceof String text && text.startsWith("42[\"connected\""));
            assertThat(next).as("after %s", malformed).isSameAs(RawEngineClient.Ws.CLOSED);
        }
    }

    @Test
    void unexpectedBinaryClosesTheConnection() {
        RawEngineClient.Ws ws = new RawEngineClient(endpoint).websocket("EIO=4&transport=websocket");
        ws.next();
        ws.send("40");
        ws.nextMessage();
        ws.nextMessage();
        ws.send(new byte[] { 9 });
        assertThat(ws.nextMessage()).isSameAs(RawEngineClient.Ws.CLOSED);
    }
}
