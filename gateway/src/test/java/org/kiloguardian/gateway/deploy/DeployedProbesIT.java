package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.production.ImageJvm;
import org.kiloguardian.gateway.production.RunningProductionJar;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the k3s manifests and the image expect of the production runner, asked of the runner itself,
 * started with the deployment's ConfigMap: every probe path of the rendered Deployment answers 200,
 * the runner has every file that deploy/Dockerfile copies, and it runs on the image's Java with its AOT cache.
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
        // the runner as the build left it for the ITs: trained, so app.aot is there as in the image's training stage
        Path runner = Path.of(System.getProperty("kilo.runner.jar")).getParent();
        String dockerfile = ImageJvm.dockerfile();
        Matcher copy = Pattern.compile("(?m)^COPY\\s+--from=training\\s+(?:--\\S+\\s+)*/deployments/(\\S+?)/?\\s+\\S+\\s*$").matcher(dockerfile);
        List<String> copied = new ArrayList<>();
        while (copy.find()) {
            copied.add(copy.group(1));
            assertThat(Files.exists(runner.resolve(copy.group(1))))
                    .as("deploy/Dockerfile copies " + copy.group(1) + ", which " + runner + " lacks").isTrue();
        }
        assertThat(copied).as("lib/, quarkus-run.jar, app/, quarkus/ and the AOT cache").contains("app.aot").hasSize(5);
        // and nothing of the runner's layout is left out of the image
        try (var entries = Files.list(runner)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".txt")).toList();
            assertThat(copied).as("the image copies every file of the runner").containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void theRunnerRunsOnTheImagesJavaWithItsCache() throws Exception {
        Process version = new ProcessBuilder(ImageJvm.java(), "-version").redirectErrorStream(true).start();
        String output = new String(version.getInputStream().readAllBytes());
        version.waitFor();
        Matcher major = Pattern.compile("version \"(\\d+)").matcher(output);
        assertThat(major.find()).as(output).isTrue();
        assertThat(Integer.parseInt(major.group(1))).as("the ITs' Java against deploy/Dockerfile's base").isEqualTo(ImageJvm.javaVersion());
        // the running runner has the build's cache mapped, as the image's JVM maps its own
        Path cache = Path.of(System.getProperty("kilo.runner.jar")).resolveSibling("app.aot").toRealPath();
        assertThat(Files.readString(Path.of("/proc/" + app.pid() + "/maps"))).contains(cache.toString());
    }
}
