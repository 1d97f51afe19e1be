package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;

/** The Java {@code io.socket:socket.io-client} from Maven Central against this server. */
@QuarkusTest
class JavaSocketIoClientTest {

    @TestHTTPResource("/")
    URI base;

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void connectsGetsTheGreetingAndPongs(String transport) throws Exception {
        Socket socket = IO.socket(base, IO.Options.builder().setForceNew(true).setTransports(new String[] { transport })
                .setReconnection(false).build());
        CompletableFuture<Object> connected = new CompletableFuture<>();
        CompletableFuture<Object> pong = new CompletableFuture<>();
        socket.on("connected", args -> connected.complete(args[0]));
        socket.on("pong", args -> pong.complete(args[0]));
        socket.connect();
        try {
            assertThat(((JSONObject) connected.get(10, TimeUnit.SECONDS)).getString("status")).isEqualTo("ok");
            socket.emit("ping");
            assertThat(((JSONObject) pong.get(10, TimeUnit.SECONDS)).getString("timestamp")).contains("T");
        } finally {
            socket.close();
        }
    }

    /** polling-only sends the binary attachment in a POST, base64 with the client's trailing line break */
    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling", "polling,websocket" })
    void acksAndBinaryOnANamespace(String transports) throws Exception {
        Socket socket = IO.socket(base.resolve("/test"), IO.Options.builder().setForceNew(true)
                .setTransports(transports.split(",")).setReconnection(false).build());
        CompletableFuture<Object[]> acked = new CompletableFuture<>();
        CompletableFuture<Object[]> echoed = new CompletableFuture<>();
        socket.on("echo-back", echoed::complete);
        socket.on(Socket.EVENT_CONNECT, args -> {
            socket.emit("echo-ack", new Object[] { "hello", 42 }, (Ack) acked::complete);
            socket.emit("echo", new byte[] { 5, 6, 7 });
        });
        socket.connect();
        try {
            assertThat(acked.get(10, TimeUnit.SECONDS)).containsExactly("hello", 42);
            assertThat((byte[]) echoed.get(10, TimeUnit.SECONDS)[0]).containsExactly(5, 6, 7);
        } finally {
            socket.close();
        }
    }
}
