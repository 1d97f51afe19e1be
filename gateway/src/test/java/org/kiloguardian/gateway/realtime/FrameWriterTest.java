package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.socketio.engine.transports.websocket.FrameWriter;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * Text frames reach the Netty channel under WebSockets Next directly (the fast path the broadcast
 * benchmark depends on). Fails when a Quarkus upgrade moves that socket, before anyone notices
 * only as a slower server.
 */
@QuarkusTest
class FrameWriterTest {

    @TestHTTPResource("/socket.io/")
    URI endpoint;

    @Inject
    OpenConnections connections;

    @Test
    void writesStraightToTheNettyChannel() throws Exception {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket client = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws") + "?EIO=4&transport=websocket"),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                                frames.add(data.toString());
                                socket.request(1);
                                return null;
                            }
                        })
                .get(10, TimeUnit.SECONDS);
        try {
            String open = frames.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(open).as("the Engine.IO open packet, written by a FrameWriter").startsWith("0{\"sid\":");

            List<WebSocketConnection> sockets = connections.listAll().stream()
                    .filter(connection -> connection.handshakeRequest().path().startsWith("/socket.io")).toList();
            assertThat(sockets).isNotEmpty();
            assertThat(sockets).allSatisfy(connection -> assertThat(FrameWriter.writesDirectly(connection)).isTrue());
        } finally {
            client.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
