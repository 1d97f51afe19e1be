package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.production.RunningProductionJar;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the k3s manifests and the image expect of the production runner, asked of the runner itself,
 * started with the deployment's ConfigMap: every probe path of the rendered Deployment answers 200,
 * and the runner has every folder that deploy/Dockerfile copies.
 */
class DeployedProbesIT {

    private static EmbeddedPostgres postgres;
    private static RunningProductionJar app;
    private static Container container;

    @BeforeAll
    static void startTheJar() throws Exception {
        Manifests manifests = DeployTree.copyOfRepository().render("k3s");
        container = manifests.deployment(DeploymentDrift.APP).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
        // the jar runs with the deployment's ConfigMap (all but the database address, which is the cluster's)
        Map<String, String> config = new HashMap<>();
        container.getEnvFrom().forEach(source -> config.putAll(
                manifests.configMap(source.getConfigMapRef().getName()).orElseThrow().getData()));
        config.keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE_"));
        assertThat(config.containsKey("KILO_HOUSEHOLD_TIME_ZONE")).as(config.toString()).isTrue();
        postgres = EmbeddedPostgres.start();
        app = RunningProductionJar.start(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", config);
    }

    @AfterAll
    static void stopTheJar() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyProbePathOfTheDeploymentAnswers200() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Probe probe : List.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())) {
            String path = probe.getHttpGet().getPath();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).as(path + ": " + response.body()).contains("\"status\": \"UP\"");
        }
    }

    @Test
    void theRunnerHasEverythingTheDockerfileCopies() throws IOException {
        Path runner = Path.of(System.getProperty("kilo.runner.jar")).getParent();
        String dockerfile = Files.readString(DeployTree.repository().resolve("deploy/Dockerfile"));
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+\\s*$").matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            copies++;
            Path source = runner.resolve(copy.group(1));
            assertThat(Files.exists(source)).as("deploy/Dockerfile copies " + copy.group(1) + ", which " + runner + " lacks").isTrue();
        }
        assertThat(copies).as("lib/, quarkus-run.jar, app/ and quarkus/ of the fast-jar layout").isEqualTo(4);
        // and nothing of the fast-jar layout is left out of the image
        try (var entries = Files.list(runner)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".txt")).toList();
            for (String name : names) {
                assertThat(dockerfile).as(name + " is not copied into the image").contains("COPY --chown=10001:10001 " + name);
            }
            assertThat(names).isNotEmpty();
        }
    }
}
