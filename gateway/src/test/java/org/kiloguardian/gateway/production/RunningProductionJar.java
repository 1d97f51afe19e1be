package org.kiloguardian.gateway.production;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The production runner ({@code gateway/target/quarkus-app/quarkus-run.jar}) started the way a
 * household runs it: its own JVM, started as the image starts it ({@link ImageJvm}), configured only
 * through environment variables, from a working directory that is not the project. This is what catches what {@code @QuarkusTest} hides, such as
 * a module without a Jandex index or a jar that needs the source tree.
 */
public final class RunningProductionJar implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private RunningProductionJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar against a database and waits until it reports ready. */
    public static RunningProductionJar start(String jdbcUrl, String username, String password, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        RunningProductionJar running = launch(jdbcUrl, username, password, extraEnv);
        running.awaitReady();
        return running;
    }

    /** What a start that must fail ends with: the exit code and everything the jar printed. */
    public record Refusal(int exitCode, String output) {
    }

    /** Starts the jar and waits for it to exit by itself, as a misconfigured start must. */
    public static Refusal startExpectingRefusal(String jdbcUrl, String username, String password, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        RunningProductionJar running = launch(jdbcUrl, username, password, extraEnv);
        if (!running.process.waitFor(START_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            running.close();
            throw new IllegalStateException("The production jar kept running; it should have refused to start:\n" + running.log());
        }
        return new Refusal(running.process.exitValue(), running.log());
    }

    private static RunningProductionJar launch(String jdbcUrl, String username, String password, Map<String, String> extraEnv)
            throws IOException {
        Path jar = Path.of(System.getProperty("kilo.runner.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production runner at " + jar + ": build it with ./mvnw -Pproduction package");
        }
        int port = freePort();
        Path workingDirectory = Files.createTempDirectory("kilo-prod-run");
        Path log = workingDirectory.resolve("kilo.log");

        ProcessBuilder builder = new ProcessBuilder(ImageJvm.command(jar))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", username);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.putAll(extraEnv);

        return new RunningProductionJar(builder.start(), log, port);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    /** The runner's process id, to read what the OS knows of it (/proc). */
    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The production jar was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
