package org.kiloguardian.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
        assertEquals(List.of(), DeploymentDrift.problems(manifests, app));
    }

    @Test
    void rendersEveryPartOfTheDeployment() {
        List<String> kinds = manifests.all().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        for (String expected : List.of("Namespace/kilo-guardian", "StatefulSet/postgres", "Service/postgres",
                "Deployment/kilo-guardian", "Service/kilo-guardian", "Ingress/kilo-guardian", "Ingress/kilo-guardian-http",
                "Middleware/https-redirect", "Middleware/hsts", "Secret/kilo-guardian-secrets", "Secret/kilo-guardian-tls",
                "CronJob/postgres-backup", "PersistentVolumeClaim/postgres-backups", "ConfigMap/postgres-backup-scripts",
                "Job/postgres-restore")) {
            assertTrue(kinds.contains(expected), expected + " missing from " + kinds);
        }
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("ConfigMap/kilo-guardian-config-")), kinds.toString());
    }

    @Test
    void everyFieldIsOneKubernetesKnows() {
        List<String> unknown = new ArrayList<>();
        manifests.all().forEach(object -> unknown.addAll(UnknownFields.in(object)));
        assertEquals(List.of(), unknown);
    }

    @Test
    void theAppPortIsReadFromTheApplicationProperties() {
        // guards the checker's own input: a port it did not read would make every port check vacuous
        assertEquals(8080, app.httpPort());
        assertEquals("kilo-guardian:current", app.image());
        assertEquals("kilo-guardian-backup:current", app.backupImage());
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
        assertTrue(problems.stream().anyMatch(p -> p.contains(expectedProblem)),
                "expected a problem containing '" + expectedProblem + "', got " + problems);
    }

    @Test
    void noSecretValueIsCommitted() throws Exception {
        List<String> tracked = git("ls-files", "deploy");
        assertFalse(tracked.isEmpty(), "git sees no files under deploy/");
        assertTrue(tracked.contains("deploy/k3s/secrets.env.example"), tracked.toString());
        assertFalse(tracked.stream().anyMatch(f -> f.endsWith("secrets.env")), "a secrets.env is committed: " + tracked);
        // the real files are ignored wherever a developer creates them
        List<String> real = List.of("deploy/k3s/secrets.env", "deploy/k3s/tls/tls.crt", "deploy/k3s/tls/tls.key");
        assertEquals(real, git(concat("check-ignore", real)));
        assertFalse(tracked.stream().anyMatch(f -> f.startsWith("deploy/k3s/tls/")), "a certificate or key is committed: " + tracked);

        // Secrets come only from the generators, never as a manifest with data in it
        List<Secret> secrets = manifests.ofKind(Secret.class).toList();
        assertEquals(List.of("kilo-guardian-secrets", "kilo-guardian-tls"), secrets.stream().map(s -> s.getMetadata().getName()).sorted().toList());
        for (String file : tracked) {
            if (file.endsWith(".yaml") && !file.endsWith("kustomization.yaml")) {
                String text = Files.readString(repository.resolve(file));
                assertFalse(Pattern.compile("(?m)^kind:\\s*Secret\\s*$").matcher(text).find(), file + " declares a Secret");
            }
            if (!Files.isDirectory(repository.resolve(file))) {
                assertFalse(Files.readString(repository.resolve(file), StandardCharsets.ISO_8859_1).contains("PRIVATE KEY-----"),
                        file + " holds a private key");
            }
        }
        String kustomization = Files.readString(repository.resolve("deploy/k3s/kustomization.yaml"));
        assertFalse(kustomization.contains("literals"), "the secretGenerator must read secrets.env, not literals");

        // the example holds only placeholders, and every key that a pod reads from the Secret
        Properties example = new Properties();
        example.load(Files.newBufferedReader(repository.resolve("deploy/k3s/secrets.env.example")));
        assertEquals(manifests.secret("kilo-guardian-secrets").orElseThrow().getData().keySet(), example.stringPropertyNames());
        example.forEach((key, value) -> assertTrue(value.toString().startsWith("change-me-"),
                key + " in secrets.env.example is not an obvious placeholder: " + value));
    }

    @Test
    void theImageRunsTheProductionRunnerAsANonRootUserOnTheAppPort() throws IOException {
        String dockerfile = Files.readString(repository.resolve("deploy/Dockerfile"));
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)\\s*$").matcher(dockerfile);
        assertTrue(expose.find(), "no EXPOSE in deploy/Dockerfile");
        assertEquals(app.httpPort(), Integer.parseInt(expose.group(1)));

        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::(\\d+))?\\s*$").matcher(dockerfile);
        assertTrue(user.find(), "deploy/Dockerfile must name a numeric USER (runAsNonRoot cannot check a name)");
        long uid = Long.parseLong(user.group(1));
        assertTrue(uid > 0, "the image runs as root");
        Deployment deployment = manifests.deployment(DeploymentDrift.APP).orElseThrow();
        assertEquals(uid, deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser());
        assertEquals(Boolean.TRUE, deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());

        assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-jar\", \"/deployments/quarkus-run.jar\"]"), dockerfile);
        assertTrue(dockerfile.contains("-XX:MaxRAMPercentage="), "the heap must follow the container's memory limit");
        assertFalse(Pattern.compile("-Xmx\\d").matcher(dockerfile).find(), "a fixed -Xmx ignores the container's limit");
    }

    @Test
    void theBuildScriptBuildsTheImageFromTheRunnerAndImportsItIntoK3s() throws IOException {
        String script = Files.readString(repository.resolve("deploy/build-image.sh"));
        assertTrue(script.contains("-f deploy/Dockerfile"), script);
        assertTrue(script.contains("k3s ctr images import"), script);
        assertTrue(script.contains("-Pproduction package"), script);
        assertTrue(script.contains(" deploy/backup-image\n"), "the backup image is built too: " + script);
        assertTrue(Files.isExecutable(repository.resolve("deploy/build-image.sh")));
    }

    @Test
    void theBackupImageIsTheServersPostgresWithAge() throws IOException {
        String dockerfile = Files.readString(repository.resolve("deploy/backup-image/Dockerfile"));
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)\\s*$").matcher(dockerfile);
        assertTrue(from.find(), dockerfile);
        // pg_dump refuses to dump a server newer than itself: the jobs' tools are the server's own version
        StatefulSet postgres = manifests.find(StatefulSet.class, "postgres").orElseThrow();
        assertEquals(postgres.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(), from.group(1));
        assertTrue(Pattern.compile("apt-get install[^\\n]*\\bage\\b").matcher(dockerfile).find(), "age is not installed:\n" + dockerfile);
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)(?::\\d+)?\\s*$").matcher(dockerfile);
        assertTrue(user.find(), "the backup image must name its numeric USER");
        CronJob backup = manifests.find(CronJob.class, "postgres-backup").orElseThrow();
        assertEquals(Long.parseLong(user.group(1)),
                backup.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser());
    }

    @Test
    void theRestoreJobIsRunOnceAndNeverRetried() {
        Job restore = manifests.find(Job.class, "postgres-restore").orElseThrow();
        assertEquals(DeploymentDrift.NAMESPACE, restore.getMetadata().getNamespace());
        // a retried restore would restore over a database that the first attempt already replaced
        assertEquals(0, restore.getSpec().getBackoffLimit());
        assertEquals("Never", restore.getSpec().getTemplate().getSpec().getRestartPolicy());
    }

    @Test
    void traefikKeepsWebsocketsAndLongPollsOpen() {
        List<HasMetadata> traefik = tree.parseFile("traefik/traefik-timeouts.yaml");
        assertEquals(1, traefik.size());
        GenericKubernetesResource config = (GenericKubernetesResource) traefik.get(0);
        assertEquals("HelmChartConfig", config.getKind());
        assertEquals("kube-system", config.getMetadata().getNamespace());
        assertEquals("traefik", config.getMetadata().getName());
        String values = ((Map<?, ?>) config.getAdditionalProperties().get("spec")).get("valuesContent").toString();
        for (String entryPoint : List.of("web", "websecure")) {
            assertTrue(values.contains("--entryPoints." + entryPoint + ".transport.respondingTimeouts.readTimeout=0s"), values);
            assertTrue(values.contains("--entryPoints." + entryPoint + ".transport.respondingTimeouts.writeTimeout=0s"), values);
        }
        // Traefik replaces the X-Forwarded-* headers of its clients with its own unless told to trust them; the app
        // believes what Traefik forwards (README: "Who may talk to whom"), so Traefik must keep doing that
        assertFalse(values.toLowerCase(java.util.Locale.ROOT).contains("forwardedheaders"), values);
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
