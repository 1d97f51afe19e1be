package org.kiloguardian.gateway.realtime.warmup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.socketio.engine.server.EngineServers;
import org.kiloguardian.socketio.server.SocketIoServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The connection path is run at start over loopback (websocket and polling, each with a Socket.IO
 * CONNECT), the instance is ready only afterwards, and nothing of it stays behind.
 */
@QuarkusTest
@TestProfile(ConnectPathWarmupTest.WarmupOn.class)
class ConnectPathWarmupTest {

    public static class WarmupOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("kilo.realtime.warmup.connections", "200",
                        "quarkus.http.test-port", String.valueOf(socket.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    ConnectPathWarmup warmup;

    @Inject
    EngineServers engines;

    @Inject
    SocketIoServer server;

    @Test
    void theInstanceIsReadyOnceTheConnectionPathIsWarmAndNothingStaysBehind() throws Exception {
        for (int i = 0; i < 600 && !warmup.finished(); i++) {
            Thread.sleep(100);
        }
        assertThat(warmup.finished()).isTrue();
        assertThat(warmup.completedRounds()).isEqualTo(200);
        assertThat(warmup.failedRounds()).isZero();
        given().get("/q/health/ready").then().statusCode(200);
        for (int i = 0; i < 50 && engines.socketIo().sessionCount() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(engines.socketIo().sessionCount()).isZero();
        assertThat(server.defaultNamespace().sockets()).isEmpty();
    }
}
