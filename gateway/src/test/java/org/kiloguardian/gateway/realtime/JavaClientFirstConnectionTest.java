package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;

/**
 * The Java {@code io.socket} client that starts with polling and connects straight to a namespace
 * other than {@code /}, as the first connection of a freshly started server (its own profile
 * starts a server of its own). Issue 17 reported it timing out; see docs/realtime.md, "Tests".
 */
@QuarkusTest
@TestProfile(JavaClientFirstConnectionTest.FreshServer.class)
class JavaClientFirstConnectionTest {

    public static class FreshServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kilo.realtime.ack-timeout", "9s"); // any difference: a server of its own
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void pollingStraightToANamespaceAsTheFirstConnection() throws Exception {
        Socket socket = IO.socket(base.resolve("/test"), IO.Options.builder().setForceNew(true)
                .setTransports(new String[] { "polling", "websocket" }).setReconnection(false).build());
        CompletableFuture<Object[]> acked = new CompletableFuture<>();
        CompletableFuture<Object> failed = new CompletableFuture<>();
        socket.on(Socket.EVENT_CONNECT, args -> socket.emit("echo-ack", new Object[] { "first" }, (Ack) acked::complete));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> failed.complete(args.length > 0 ? args[0] : null));
        socket.connect();
        try {
            assertThat(acked.get(20, TimeUnit.SECONDS)).containsExactly("first");
            assertThat(failed).isNotDone();
        } finally {
            socket.close();
        }
    }
}
