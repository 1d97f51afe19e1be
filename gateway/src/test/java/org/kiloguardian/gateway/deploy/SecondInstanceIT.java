package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.production.ImageJvm;
import org.kiloguardian.gateway.production.RunningProductionJar;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A second replica is never silently broken: with the deployment's {@code KILO_SINGLE_INSTANCE_ENABLED},
 * a second production jar on the same database stays unready (so Kubernetes sends it no traffic) and
 * takes over once the first is gone.
 */
class SecondInstanceIT {

    private static final Map<String, String> SINGLE_INSTANCE = Map.of("KILO_SINGLE_INSTANCE_ENABLED", "true");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aSecondInstanceStaysUnreadyUntilTheFirstIsGone() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            RunningProductionJar first = RunningProductionJar.start(jdbcUrl, "postgres", "", SINGLE_INSTANCE);
            Process second = null;
            try {
                int port = freePort();
                URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
                second = startWithoutWaiting(jdbcUrl, port);

                HttpResponse<String> unready = awaitAnswer(ready, second);
                assertThat(unready.statusCode()).as(unready.body()).isEqualTo(503);
                assertThat(unready.body()).contains("held by another Kilo Guardian instance");
                assertThat(http.send(HttpRequest.newBuilder(first.uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

                first.close();
                HttpResponse<String> takenOver = awaitStatus(ready, 200);
                assertThat(takenOver.body()).contains("held by this instance");
            } finally {
                first.close();
                if (second != null) {
                    second.destroy();
                    if (!second.waitFor(20, TimeUnit.SECONDS)) {
                        second.destroyForcibly();
                    }
                }
            }
        }
    }

    private Process startWithoutWaiting(String jdbcUrl, int port) throws IOException {
        Path jar = Path.of(System.getProperty("kilo.runner.jar")).toAbsolutePath();
        Path workingDirectory = Files.createTempDirectory("kilo-second");
        ProcessBuilder builder = new ProcessBuilder(ImageJvm.command(jar))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory.resolve("kilo.log").toFile());
        builder.environment().putAll(Map.of("QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", ""));
        builder.environment().putAll(SINGLE_INSTANCE);
        return builder.start();
    }

    private HttpResponse<String> awaitAnswer(URI uri, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the second instance exited with " + (process.isAlive() ? "" : process.exitValue())).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the second instance never answered " + uri);
    }

    private HttpResponse<String> awaitStatus(URI uri, int status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (IOException e) {
                // keep asking
            }
            Thread.sleep(500);
        }
        throw new AssertionError(uri + " never answered " + status + "; last: " + (last == null ? "nothing" : last.body()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
