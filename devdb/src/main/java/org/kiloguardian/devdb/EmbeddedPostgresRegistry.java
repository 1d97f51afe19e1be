package org.kiloguardian.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded server per profile per JVM. Quarkus rebuilds its config on every hot reload and
 * every test application, each time in a fresh class loader, so the running server is remembered
 * in system properties rather than in a static field that a reload would forget.
 */
final class EmbeddedPostgresRegistry {

    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private EmbeddedPostgresRegistry() {
    }

    static synchronized DatabaseCoordinates coordinatesFor(EmbeddedProfile profile) {
        String key = "kilo.devdb." + profile.profileName() + ".jdbc-url";
        String known = System.getProperty(key);
        if (known == null) {
            known = start(profile);
            System.setProperty(key, known);
        }
        // trust authentication on loopback: the embedded server needs no password
        return new DatabaseCoordinates(known, USER, "");
    }

    private static String start(EmbeddedProfile profile) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // a busy 2-core CI machine can take longer than zonky's default 10 s
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", profile == EmbeddedProfile.TEST ? "off" : "on");
            var dataDirectory = profile.persistentDataDirectory();
            if (dataDirectory.isPresent()) {
                Path directory = dataDirectory.get();
                Files.createDirectories(directory);
                StalePostmaster.stopIfRunning(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            // stopped by the shutdown hook that zonky registers when the server starts
            return postgres.getJdbcUrl(USER, DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for profile " + profile.profileName(), e);
        }
    }
}
