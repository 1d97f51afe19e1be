package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.production.RunningProductionJar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Container;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The attack that the trusted proxies and the NetworkPolicies stop, done for real against the
 * production jar: a client that is not the ingress fails a login while claiming, in X-Forwarded-For,
 * to be someone else (to dodge the per-address login throttle, or to pin the attempt on another
 * device in the audit log). Started with the k3s ConfigMap's settings, the app records the address
 * the connection came from; started with its own defaults, which trust a proxy on the same machine,
 * the same request is believed, which shows the check can see the difference.
 */
class ForwardedHeadersIT {

    private static final String ADMIN = "household-admin";
    private static final String ADMIN_PASSWORD = "a long household admin password";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void withTheDeploymentsSettingsAForgedClientAddressIsNotBelieved() throws Exception {
        Map<String, String> config = deploymentConfig();
        try (RunningProductionJar app = start(config)) {
            assertThat(failLogin(app, "intruder-k3s", "203.0.113.66")).isEqualTo(401);
            assertThat(failedLoginAddresses(app, "intruder-k3s")).isEqualTo(List.of("127.0.0.1"));
        }
    }

    @Test
    void theAppsOwnDefaultBelievesAProxyOnTheSameMachine() throws Exception {
        try (RunningProductionJar app = start(new HashMap<>())) {
            assertThat(failLogin(app, "intruder-local", "203.0.113.77")).isEqualTo(401);
            assertThat(failedLoginAddresses(app, "intruder-local")).isEqualTo(List.of("203.0.113.77"));
        }
    }

    /** The environment the k3s ConfigMap gives the app container (all but the database address, which is the cluster's). */
    private static Map<String, String> deploymentConfig() {
        Manifests manifests = DeployTree.copyOfRepository().render("k3s");
        Container container = manifests.deployment(DeploymentDrift.APP).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> config = new HashMap<>();
        container.getEnvFrom().forEach(source -> config.putAll(
                manifests.configMap(source.getConfigMapRef().getName()).orElseThrow().getData()));
        config.keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE_"));
        return config;
    }

    private static RunningProductionJar start(Map<String, String> config) throws IOException, InterruptedException {
        config.put("KILO_ADMIN_USERNAME", ADMIN);
        config.put("KILO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return RunningProductionJar.start(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", config);
    }

    /** A wrong password with HTTP Basic, where the app accepts it: creating a token. */
    private static int failLogin(RunningProductionJar app, String username, String forgedAddress) throws Exception {
        return HttpClient.newHttpClient().send(createToken(app, username, "not the password")
                .header("X-Forwarded-For", forgedAddress).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What the audit log, read by the admin, says the failed logins of that username came from. */
    private static List<String> failedLoginAddresses(RunningProductionJar app, String username) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> issued = http.send(createToken(app, ADMIN, ADMIN_PASSWORD).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        HttpRequest audit = HttpRequest.newBuilder(app.uri("/api/audit?limit=1000"))
                .header("Authorization", "Bearer " + JSON.readTree(issued.body()).path("token").asText())
                .build();
        HttpResponse<String> response = http.send(audit, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> addresses = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(response.body())) {
            if ("login_failed".equalsIgnoreCase(entry.path("action").asText()) && username.equals(entry.path("target").asText())) {
                addresses.add(entry.path("remoteAddress").asText());
            }
        }
        return addresses;
    }

    private static HttpRequest.Builder createToken(RunningProductionJar app, String username, String password) {
        return HttpRequest.newBuilder(app.uri("/api/tokens"))
                .header("Authorization", basic(username, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"forwarded-headers-test\"}"));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
