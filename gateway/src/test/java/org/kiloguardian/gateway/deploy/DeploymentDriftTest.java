package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kiloguardian.gateway.production.ImageJvm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * The k3s deployment agrees with the app and with itself, offline: {@code deploy/k3s} rendered by
 * {@code kubectl kustomize}, every object parsed with fabric8's model, checked by {@link DeploymentDrift}.
 * The broken overlays under {@code src/test/resources/deploy/broken} prove that the check can fail.
 */
class DeploymentDriftTest {

    private static final Path BROKEN = DeployTree.repository().resolve("gateway/src/test/resources/deploy/broken");

    private static Path repository;
    private static AppFacts app;
    private static DeployTree tree;
    private static Manifests manifests;

    @BeforeAll
    static void render() {
        repository = DeployTree.repository();
        app = AppFacts.of(repository);
        tree = DeployTree.copyOfRepository();
        // the restore Job is applied beside the base, so it must agree with it as well
        manifests = tree.render("k3s").plus(tree.parseFile("restore/restore-job.yaml"));
    }

    @Test
    void theDeploymentAgreesWithTheApp() {
        assertThat(DeploymentDrift.problems(manifests, app)).isEqualTo(List.of());
    }

    @Test
    void rendersEveryPartOfTheDeployment() {
        List<String> kinds = manifests.all().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        for (String expected : List.of("Namespace/kilo-guardian", "StatefulSet/postgres", "Service/postgres",
                "Deployment/kilo-guardian", "Service/kilo-guardian", "Ingress/kilo-guardian", "Ingress/kilo-guardian-http",
                "Middleware/https-redirect", "Middleware/hsts", "Secret/kilo-guardian-secrets", "Secret/kilo-guardian-tls",
                "CronJob/postgres-backup", "PersistentVolumeClaim/postgres-backups", "ConfigMap/postgres-backup-scripts",
                "Job/postgres-restore")) {
            assertThat(kinds).as(expected + " missing from " + kinds).contains(expected);
        }
        assertThat(kinds.stream().anyMatch(k -> k.startsWith("ConfigMap/kilo-guardian-config-"))).as(kinds.toString()).isTrue();
    }

    @Test
    void everyFieldIsOneKubernetesKnows() {
        List<String> unknown = new ArrayList<>();
        manifests.all().forEach(object -> unknown.addAll(UnknownFields.in(object)));
        assertThat(unknown).isEqualTo(List.of());
    }

    @Test
    void theAppPortIsReadFromTheApplicationProperties() {
        // guards the checker's own input: a port it did not read would make every port check vacuous
        assertThat(app.httpPort()).isEqualTo(8080);
        assertThat(app.image()).isEqualTo("kilo-guardian:current");
        assertThat(app.backupImage()).isEqualTo("kilo-guardian-backup:current");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong-container-port      | Deployment kilo-guardian declares container port 8081 but the app listens on quarkus.http.port 8080
            wrong-service-target-port | Service kilo-guardian port 80 forwards to targetPort 8081 but the app listens on 8080
            wrong-database-port       | port 5433 is not a port of Service postgres
            missing-secret-key        | KILO_ADMIN_PASSWORD reads key KILO_ADMIN_PASWORD of Secret kilo-guardian-secrets
            misspelled-field          | fields the Kubernetes model does not know: [readinesProbe]
            plain-http-ingress        | Ingress kilo-guardian serves plain HTTP on entrypoint web instead of redirecting to HTTPS
            no-hsts                   | Ingress kilo-guardian sends no Strict-Transport-Security header
            misspelled-middleware-field | Middleware hsts headers has fields Traefik does not know: [stsSecond]
            open-database             | Traefik can reach PostgreSQL (port 5432 of StatefulSet postgres)
            traefik-selectors-split   | a pod of kube-system that is not Traefik (CoreDNS) can reach port 8080 of Deployment kilo-guardian
            trusts-every-proxy        | QUARKUS_HTTP_PROXY_TRUSTED_PROXIES trusts 0.0.0.0/0, outside the pod network
            trusts-one-pod            | QUARKUS_HTTP_PROXY_TRUSTED_PROXIES does not cover the pod network 10.42.0.0/16
            unencrypted-backups       | CronJob postgres-backup does not take BACKUP_AGE_RECIPIENTS from the Secret
            backup-key-in-cluster     | the deployment creates Secret backup-age-identity
            """)
    void reportsABrokenDeployment(String fixture, String expectedProblem) {
        Manifests broken = DeployTree.copyOfRepository().withOverlay("broken", BROKEN.resolve(fixture)).render("broken");
        List<String> problems = new ArrayList<>(DeploymentDrift.problems(broken, app));
        broken.all().forEach(object -> problems.addAll(UnknownFields.in(object)));
        assertThat(problems.stream().anyMatch(p -> p.contains(expectedProblem)))
                .as("expected a problem containing '" + expectedProblem + "', got " + problems).isTrue();
    }

    @Test
    void noSecretValueIsCommitted() throws Exception {
        List<String> tracked = git("ls-files", "deploy");
        assertThat(tracked).as("git sees no files under deploy/").isNotEmpty();
        assertThat(tracked).as(tracked.toString()).contains("deploy/k3s/secrets.env.example");
        assertThat(tracked.stream().anyMatch(f -> f.endsWith("secrets.env"))).as("a secrets.env is committed: " + tracked).isFalse();
        // the real files are ignored wherever a developer creates them
        List<String> real = List.of("deploy/k3s/secrets.env", "deploy/k3s/tls/tls.crt", "deploy/k3s/tls/tls.key");
        assertThat(git(concat("check-ignore", real))).isEqualTo(real);
        assertThat(tracked.stream().anyMatch(f -> f.startsWith("deploy/k3s/tls/"))).as("a certificate or key is committed: " + tracked).isFalse();

        // Secrets come only from the generators, never as a manifest with data in it
        List<Secret> secrets = manifests.ofKind(Secret.class).toList();
        assertThat(secrets.stream().map(s -> s.getMetadata().getName()).sorted().toList()).isEqualTo(List.of("kilo-guardian-secrets", "kilo-guardian-tls"));
        for (String file : tracked) {
            if (file.endsWith(".yaml") && !file.endsWith("kustomization.yaml")) {
                String text = Files.readString(repository.resolve(file));
                assertThat(Pattern.compile("(?m)^kind:\\s*Secret\\s*$").matcher(text).find()).as(file + " declares a Secret").isFalse();
            }
            if (!Files.isDirectory(repository.resolve(file))) {
                assertThat(Files.readString(repository.resolve(file), StandardCharsets.ISO_8859_1))
                        .as(file + " holds a private key").doesNotContain("PRIVATE KEY-----");
            }
        }
        String kustomization = Files.readString(repository.resolve("deploy/k3s/kustomization.yaml"));
        assertThat(kustomization).as("the secretGenerator must read secrets.env, not literals").doesNotContain("literals");

        // the example holds only placeholders, and every key that a pod reads from the Secret
        Properties example = new Properties();
        example.load(Files.newBufferedReader(repository.resolve("deploy/k3s/secrets.env.example")));
        assertThat(example.stringPropertyNames()).isEqualTo(manifests.secret("kilo-guardian-secrets").orElseThrow().getData().keySet());
        example.forEach((key, value) -> assertThat(value.toString().startsWith("change-me-"))
                .as(key + " in secrets.env.example is not an obvious placeholder: " + value).isTrue());
    }

    @Test
    void theImageRunsTheProductionRunnerAsANonRootUserOnTheAppPort() throws IOException {
        String dockerfile = Files.readString(repository.resolve("deploy/Dockerfile"));
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)\\s*$").matcher(dockerfile);
        assertThat(expose.find()).as("no EXPOSE in deploy/Dockerfile").isTrue();
        assertThat(Integer.parseInt(expose.group(1))).isEqualTo(app.httpPort());

        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::(\\d+))?\\s*$").matcher(dockerfile);
        assertThat(user.find()).as("deploy/Dockerfile must name a numeric USER (runAsNonRoot cannot check a name)").isTrue();
        long uid = Long.parseLong(user.group(1));
        assertThat(uid).as("the image runs as root").isGreaterThan(0);
        Deployment deployment = manifests.deployment(DeploymentDrift.APP).orElseThrow();
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()).isEqualTo(uid);
        assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isEqualTo(Boolean.TRUE);

        assertThat(dockerfile).contains("ENTRYPOINT [\"java\", \"-XX:AOTCache=/deployments/app.aot\", \"-jar\", \"/deployments/quarkus-run.jar\"]");
        assertThat(dockerfile).as("the heap must follow the container's memory limit").contains("-XX:MaxRAMPercentage=");
        assertThat(Pattern.compile("-Xmx\\d").matcher(dockerfile).find()).as("a fixed -Xmx ignores the container's limit").isFalse();
    }

    /**
     * The heap is a share of the memory limit, so the image's cache is trained, the production-jar ITs
     * run and the benches measure at the limit the Deployment sets: a limit changed in one place only
     * would test and measure a JVM the household does not run.
     */
    @Test
    void theImageIsTrainedTestedAndMeasuredAtTheDeploymentsMemoryLimit() throws IOException {
        Container container = manifests.deployment(DeploymentDrift.APP).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
        Quantity limit = container.getResources().getLimits().get("memory");
        assertThat(limit).as("the app's container has no memory limit").isNotNull();
        String maxRam = Quantity.getAmountInBytes(limit).toBigIntegerExact().shiftRight(20) + "m";

        assertThat(ImageJvm.MEMORY_LIMIT).as("the production-jar ITs' -XX:MaxRAM").isEqualTo(maxRam);
        assertThat(Files.readString(repository.resolve("deploy/train-aot-cache.sh"))).as("the AOT training's -XX:MaxRAM")
                .contains("-XX:MaxRAM=" + maxRam + " ");
        for (String bench : List.of("bench/rest/run.sh", "bench/socketio/run.sh")) {
            assertThat(Files.readString(repository.resolve(bench))).as(bench + "'s default -XX:MaxRAM")
                    .contains("-XX:MaxRAM=${BENCH_MAX_RAM:-" + maxRam + "}");
        }
    }

    @Test
    void theBuildScriptBuildsTheImageFromTheRunnerAndImportsItIntoK3s() throws IOException {
        String script = Files.readString(repository.resolve("deploy/build-image.sh"));
        assertThat(script).contains("-f deploy/Dockerfile");
        // the Dockerfile's context: the repository, narrowed by .dockerignore to what its COPY lines name
        String ignore = Files.readString(repository.resolve(".dockerignore"));
        assertThat(ignore).contains("\n*\n", "!gateway/target/quarkus-app\n", "!deploy/train-aot-cache.sh\n");
        assertThat(script).contains("k3s ctr images import");
        assertThat(script).contains("-Pproduction package");
        assertThat(script).as("the backup image is built too: " + script).contains(" deploy/backup-image\n");
        assertThat(Files.isExecutable(repository.resolve("deploy/build-image.sh"))).isTrue();
    }

    @Test
    void theBackupImageIsTheServersPostgresWithAge() throws IOException {
        String dockerfile = Files.readString(repository.resolve("deploy/backup-image/Dockerfile"));
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)\\s*$").matcher(dockerfile);
        assertThat(from.find()).as(dockerfile).isTrue();
        // pg_dump refuses to dump a server newer than itself: the jobs' tools are the server's own version
        StatefulSet postgres = manifests.find(StatefulSet.class, "postgres").orElseThrow();
        assertThat(from.group(1)).isEqualTo(postgres.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
        assertThat(Pattern.compile("apt-get install[^\\n]*\\bage\\b").matcher(dockerfile).find()).as("age is not installed:\n" + dockerfile).isTrue();
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::\\d+)?\\s*$").matcher(dockerfile);
        assertThat(user.find()).as("the backup image must name its numeric USER").isTrue();
        CronJob backup = manifests.find(CronJob.class, "postgres-backup").orElseThrow();
        assertThat(backup.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser())
                .isEqualTo(Long.parseLong(user.group(1)));
    }

    @Test
    void theRestoreJobIsRunOnceAndNeverRetried() {
        Job restore = manifests.find(Job.class, "postgres-restore").orElseThrow();
        assertThat(restore.getMetadata().getNamespace()).isEqualTo(DeploymentDrift.NAMESPACE);
        // a retried restore would restore over a database that the first attempt already replaced
        assertThat(restore.getSpec().getBackoffLimit()).isEqualTo(0);
        assertThat(restore.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    @Test
    void traefikKeepsWebsocketsAndLongPollsOpenAndSeesEachDevicesAddress() throws IOException {
        List<HasMetadata> traefik = tree.parseFile("traefik/traefik-config.yaml");
        assertThat(traefik).hasSize(1);
        GenericKubernetesResource config = (GenericKubernetesResource) traefik.get(0);
        assertThat(config.getKind()).isEqualTo("HelmChartConfig");
        assertThat(config.getMetadata().getNamespace()).isEqualTo("kube-system");
        assertThat(config.getMetadata().getName()).isEqualTo("traefik");
        String values = ((Map<?, ?>) config.getAdditionalProperties().get("spec")).get("valuesContent").toString();
        for (String entryPoint : List.of("web", "websecure")) {
            assertThat(values).contains("--entryPoints." + entryPoint + ".transport.respondingTimeouts.readTimeout=0s");
            assertThat(values).contains("--entryPoints." + entryPoint + ".transport.respondingTimeouts.writeTimeout=0s");
        }
        // Traefik replaces the X-Forwarded-* headers of its clients with its own unless told to trust them; the app
        // believes what Traefik forwards (README: "Who may talk to whom"), so Traefik must keep doing that
        assertThat(values.toLowerCase(java.util.Locale.ROOT)).as(values).doesNotContain("forwardedheaders");
        // with ServiceLB's default policy Traefik sees the node's address, and the login throttle one household-wide address
        assertThat(new ObjectMapper(new YAMLFactory()).readTree(values).at("/service/spec/externalTrafficPolicy").asText())
                .as(values).isEqualTo("Local");
    }

    private static String[] concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private static List<String> git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(Arrays.asList(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        git.waitFor(30, TimeUnit.SECONDS);
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
