package org.kiloguardian.gateway.realtime;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.kiloguardian.gateway.production.ImageJvm;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The production runner ({@code target/quarkus-app/quarkus-run.jar}, built by {@code -Pproduction})
 * started as a separate process with a profile and a port, as an operator would.
 */
final class ProductionRunner implements AutoCloseable {

    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    final int port;

    /** One PostgreSQL for every runner of this JVM, so a restarted runner finds its data again. */
    private static EmbeddedPostgres database;

    ProductionRunner(String profile, int port) throws IOException {
        this(profile, port, Map.of());
    }

    /** {@code extra}: more environment variables, e.g. to override a profile's setting. */
    ProductionRunner(String profile, int port, Map<String, String> extra) throws IOException {
        this.port = port;
        EmbeddedPostgres postgres = database();
        Map<String, String> environment = new java.util.HashMap<>(Map.of("QUARKUS_PROFILE", profile,
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", ""));
        environment.putAll(extra);
        this.environment = Map.copyOf(environment);
        this.log = Files.createTempFile("kilo-runner-" + profile, ".log");
    }

    private static synchronized EmbeddedPostgres database() throws IOException {
        if (database == null) {
            database = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        }
        return database;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    ProductionRunner start() throws Exception {
        String jar = System.getProperty("kilo.runner.jar", "target/quarkus-app/quarkus-run.jar");
        Path workDir = Files.createTempDirectory("kilo-runner");
        ProcessBuilder builder = new ProcessBuilder(ImageJvm.command(Path.of(jar).toAbsolutePath()))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("runner exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "socket.io/?EIO=4&transport=polling")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("runner did not answer within 90 s:\n" + Files.readString(log));
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** As a crash or an OOM kill would end it: SIGKILL, no shutdown. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
