package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one scenario of {@code src/test/node/scenarios.mjs} (the npm socket.io-client, installed by
 * {@code npm ci} during the build) and fails with the script's output unless it exits 0.
 */
final class NodeClient {

    static final Path SCRIPTS = Path.of("src/test/node").toAbsolutePath();

    private NodeClient() {
    }

    static List<String> run(String baseUrl, String scenario, String transports) {
        return run(baseUrl, scenario, transports, line -> {
        });
    }

    /** {@code onLine} sees every output line as it comes (the "@..." signals). */
    static List<String> run(String baseUrl, String scenario, String transports, Consumer<String> onLine) {
        return run(baseUrl, scenario, transports, Map.of(), onLine);
    }

    /** With extra environment variables for the script (e.g. STORM_CLIENTS). */
    static List<String> run(String baseUrl, String scenario, String transports, Map<String, String> environment,
            Consumer<String> onLine) {
        return runScript("scenarios.mjs", scenario + " " + transports, environment, onLine, baseUrl, scenario, transports);
    }

    /**
     * Runs {@code script} of {@code src/test/node} with {@code args}; it must exit 0 and print
     * {@code "@ok " + okLine}.
     */
    static List<String> runScript(String script, String okLine, Consumer<String> onLine, String... args) {
        return runScript(script, okLine, Map.of(), onLine, args);
    }

    private static List<String> runScript(String script, String okLine, Map<String, String> environment,
            Consumer<String> onLine, String... args) {
        assertThat(Files.isDirectory(SCRIPTS.resolve("node_modules/socket.io-client")))
                .as("npm ci has not run in " + SCRIPTS).isTrue();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        try {
            List<String> command = new ArrayList<>(List.of("node", script));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(SCRIPTS.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process node = builder.start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    onLine.accept(line);
                }
            }
            if (!node.waitFor(120, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
            assertThat(node.exitValue())
                    .as(() -> script + " " + okLine + " failed:\n" + String.join("\n", output)).isEqualTo(0);
            assertThat(output).as(() -> String.join("\n", output)).contains("@ok " + okLine);
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run node", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
