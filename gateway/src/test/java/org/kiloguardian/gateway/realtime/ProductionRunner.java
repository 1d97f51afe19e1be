package org.kiloguardian.gateway.realtime;

import java.io.File;
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

/**
 * The production runner ({@code target/quarkus-app/quarkus-run.jar}, built by {@code -Pproduction})
 * started as a separate process with a profile and a port, as an operator would.
 */
final class ProductionRunner implements AutoCloseable {

    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    final int port;

    ProductionRunner(String profile, int port) throws IOException {
        this.port = port;
        this.environment = Map.of("QUARKUS_PROFILE", profile, "QUARKUS_HTTP_PORT", String.valueOf(port));
        this.log = Files.createTempFile("kilo-runner-" + profile, ".log");
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
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", new File(jar).getAbsolutePath())
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

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
