package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.socketio.server.Namespace;
import org.kiloguardian.socketio.server.SocketIoServer;
import org.kiloguardian.socketio.server.SocketIoSocket;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A websocket client that stops reading is disconnected once its send queue passes
 * {@code kilo.realtime.max-queued-packets} (1000), instead of growing the server's memory.
 */
@QuarkusTest
class SlowClientTest {

    private static final String CHUNK = "x".repeat(20_000);

    @TestHTTPResource("/socket.io/")
    URI endpoint;

    @Inject
    SocketIoServer server;

    @Test
    void aClientThatStopsReadingIsDisconnected() throws Exception {
        Namespace namespace = server.of("/slow-client");
        Set<String> before = new HashSet<>();
        namespace.sockets().forEach(socket -> before.add(socket.id()));
        try (Socket client = new Socket(endpoint.getHost(), endpoint.getPort())) {
            client.setReceiveBufferSize(64 * 1024);
            handshake(client);
            client.getOutputStream().write(maskedText("40/slow-client,"));

            SocketIoSocket socket = awaitNewSocket(namespace, before);
            CompletableFuture<String> disconnected = new CompletableFuture<>();
            socket.onDisconnect(disconnected::complete);
            int emits = 0;
            while (!disconnected.isDone() && emits < 20_000) { // 400 MB if nothing bounded it
                socket.emit("big", CHUNK);
                emits++; // no pause: the test profile's 900 ms ping timeout must not end the session first
            }
            assertThat(disconnected.get(10, TimeUnit.SECONDS)).as("after %d emits", emits).isEqualTo("slow client");
            assertThat(namespace.socket(socket.id())).isNull();
        }
    }

    @Test
    void aClientThatKeepsReadingStaysThroughManyMorePacketsThanTheBound() throws Exception {
        Namespace namespace = server.of("/slow-client");
        Set<String> before = new HashSet<>();
        namespace.sockets().forEach(socket -> before.add(socket.id()));
        RawEngineClient.Ws ws = new RawEngineClient(endpoint).websocket("EIO=4&transport=websocket");
        try {
            ws.next();
            ws.send("40/slow-client,");
            SocketIoSocket socket = awaitNewSocket(namespace, before);
            for (int i = 0; i < 3000; i++) {
                socket.emit("small", i);
                if (i % 500 == 499) {
                    Thread.sleep(20); // written packets leave the count, so the bound never trips (short: pings wait)
                }
            }
            Object last;
            do {
                last = ws.nextMessage();
            } while (last instanceof String text && !text.equals("42/slow-client,[\"small\",2999]"));
            assertThat(last).isEqualTo("42/slow-client,[\"small\",2999]");
            assertThat(namespace.socket(socket.id())).isSameAs(socket);
        } finally {
            ws.close();
        }
    }

    private void handshake(Socket client) throws Exception {
        OutputStream out = client.getOutputStream();
        out.write(("GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        InputStream in = client.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            assertThat(next).as("handshake answer").isNotNegative();
            head.append((char) next);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
    }

    /** A client's frame must be masked (RFC 6455 5.3); a zero mask keeps the payload as is. */
    private static byte[] maskedText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[6 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(payload, 0, frame, 6, payload.length);
        return frame;
    }

    private static SocketIoSocket awaitNewSocket(Namespace namespace, Set<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (SocketIoSocket socket : namespace.sockets()) {
                if (!before.contains(socket.id())) {
                    return socket;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the raw client never joined /slow-client");
    }
}
