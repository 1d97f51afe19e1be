package org.kiloguardian.gateway.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A household that copies deploy/k3s/secrets.env.example and forgets to replace a value runs with
 * secrets anyone can read on the internet. The production jar refuses to start with them, and with a
 * session key too short to be one, naming the variable to fix.
 */
class ExampleSecretsIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    static Map<String, String> exampleSecrets() throws IOException {
        Properties example = new Properties();
        try (var in = Files.newBufferedReader(Path.of("../deploy/k3s/secrets.env.example"))) {
            example.load(in);
        }
        Map<String, String> values = new HashMap<>();
        example.stringPropertyNames().forEach(name -> values.put(name, example.getProperty(name)));
        return values;
    }

    private RunningProductionJar.Refusal startWith(Map<String, String> env) throws Exception {
        return RunningProductionJar.startExpectingRefusal(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", env);
    }

    @Test
    void theExampleSessionKeyIsRefused() throws Exception {
        String key = exampleSecrets().get("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        RunningProductionJar.Refusal refusal = startWith(Map.of("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", key));
        assertThat(refusal.exitCode()).isNotZero();
        assertThat(refusal.output()).contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
    }

    @Test
    void theExampleAdminPasswordIsRefused() throws Exception {
        Map<String, String> example = exampleSecrets();
        RunningProductionJar.Refusal refusal = startWith(Map.of(
                "KILO_ADMIN_USERNAME", "household-admin",
                "KILO_ADMIN_PASSWORD", example.get("KILO_ADMIN_PASSWORD")));
        assertThat(refusal.exitCode()).isNotZero();
        assertThat(refusal.output()).contains("KILO_ADMIN_PASSWORD");
    }

    @Test
    void everyExampleValueAtOnceIsRefusedNamingEachVariable() throws Exception {
        Map<String, String> env = new HashMap<>(exampleSecrets());
        // the Deployment hands the Secret's POSTGRES_PASSWORD to the app under this name
        env.put("QUARKUS_DATASOURCE_PASSWORD", env.remove("POSTGRES_PASSWORD"));
        RunningProductionJar.Refusal refusal = RunningProductionJar.startExpectingRefusal(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", env.get("QUARKUS_DATASOURCE_PASSWORD"), env);
        assertThat(refusal.exitCode()).isNotZero();
        assertThat(refusal.output()).contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "KILO_ADMIN_PASSWORD",
                "KILO_ADMIN_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KILO_NOTIFICATIONS_VAPID_PUBLIC_KEY",
                "KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY");
    }

    @Test
    void theExampleVapidPrivateKeyIsRefused() throws Exception {
        Map<String, String> example = exampleSecrets();
        RunningProductionJar.Refusal refusal = startWith(Map.of(
                "KILO_NOTIFICATIONS_VAPID_PUBLIC_KEY", example.get("KILO_NOTIFICATIONS_VAPID_PUBLIC_KEY"),
                "KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY", example.get("KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY")));
        assertThat(refusal.exitCode()).isNotZero();
        // refused by the example-secrets check (before the key pair is even read), not by a key that fails to parse
        assertThat(refusal.output()).contains("KILO_NOTIFICATIONS_VAPID_PRIVATE_KEY still has its example value");
    }

    @Test
    void aSessionKeyShorterThan32CharactersIsRefused() throws Exception {
        RunningProductionJar.Refusal refusal = startWith(Map.of("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "only-twenty-chars-xx"));
        assertThat(refusal.exitCode()).isNotZero();
        assertThat(refusal.output()).contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "32");
    }
}
