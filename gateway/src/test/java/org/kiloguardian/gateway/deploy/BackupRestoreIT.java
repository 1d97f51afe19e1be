package org.kiloguardian.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.production.RunningProductionJar;

/**
 * The backup and the documented restore, exactly as the CronJob and the restore Job run them
 * ({@code deploy/k3s/backup/backup.sh} and {@code restore.sh}), with Debian's real PostgreSQL 15
 * {@code pg_dump}/{@code pg_restore} against a real server that the production jar has migrated:
 * dump, lose the data, restore, data back, and the app starts on the restored database.
 */
class BackupRestoreIT {

    private static final String DATABASE = "kilo";
    private static final Path SCRIPTS = DeployTree.repository().resolve("deploy/k3s/backup");

    private static DebianPostgres postgres;
    private static Path backups;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = DebianPostgres.start(DATABASE);
        backups = Files.createTempDirectory("kilo-backups");
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void dumpLoseRestoreAndTheDataIsBack() throws Exception {
        long migrations;
        try (RunningProductionJar app = startApp()) {
            assertEquals(200, get(app, "/q/health/ready").statusCode());
            migrations = count("SELECT count(*) FROM flyway_schema_history WHERE success");
            assertTrue(migrations > 0, "the app migrated nothing");
            execute("CREATE TABLE household_note (id int PRIMARY KEY, text text NOT NULL, amount numeric(12,2) NOT NULL)",
                    "INSERT INTO household_note VALUES (1, 'Milch kaufen', 1.19), (2, 'Ärztin anrufen', 0.00)");

            // a dump from 10 days ago goes, one from 2 days ago stays (BACKUP_KEEP_DAYS=7)
            Path expired = oldDump("kilo-20261119T023000Z.dump", 10);
            Path recent = oldDump("kilo-20261127T023000Z.dump", 2);
            Script backup = run("backup.sh", Map.of("BACKUP_KEEP_DAYS", "7"));
            assertEquals(0, backup.exitCode(), backup.output());
            assertFalse(Files.exists(expired), backup.output());
            assertTrue(Files.exists(recent), backup.output());
            List<Path> dumps = dumps();
            assertEquals(2, dumps.size(), dumps.toString());
            assertTrue(dumps.stream().noneMatch(p -> p.toString().endsWith(".partial")), dumps.toString());

            // the data is lost after the backup
            execute("DROP TABLE household_note", "DELETE FROM flyway_schema_history");

            // the restore refuses while the app is still connected: README says to stop it first
            Script refused = run("restore.sh", Map.of("DUMP_FILE", "latest"));
            assertNotEquals(0, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("stop the app first"), refused.output());
        }

        Script restore = run("restore.sh", Map.of("DUMP_FILE", "latest"));
        assertEquals(0, restore.exitCode(), restore.output());

        try (Connection db = postgres.connect(DATABASE);
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, text, amount FROM household_note ORDER BY id")) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getBigDecimal(3));
            }
            assertEquals(List.of("1 Milch kaufen 1.19", "2 Ärztin anrufen 0.00"), notes);
        }
        assertEquals(migrations, count("SELECT count(*) FROM flyway_schema_history WHERE success"));
        try (Connection admin = postgres.connect("postgres"); Statement query = admin.createStatement();
                ResultSet staging = query.executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'kilo_restoring'")) {
            staging.next();
            assertEquals(0, staging.getLong(1), "the staging database was left behind");
        }

        // the production jar accepts the restored database: Flyway validates its history, Hibernate its schema
        try (RunningProductionJar app = startApp()) {
            assertEquals(200, get(app, "/q/health/ready").statusCode());
            // the API is served (and, with no login, refused) rather than failing on the schema
            assertEquals(401, get(app, "/api/habits").statusCode());
            assertFalse(app.log().contains("Migrating schema"), "the restored history was not recognised:\n" + app.log());
        }
    }

    @Test
    void aBrokenDumpLeavesTheDatabaseAsItWas() throws Exception {
        execute("CREATE TABLE IF NOT EXISTS survivor (id int PRIMARY KEY)", "INSERT INTO survivor VALUES (42) ON CONFLICT DO NOTHING");
        Path broken = Files.createTempFile(backups.getParent(), "kilo-broken", ".dump");
        Files.writeString(broken, "not a pg_dump archive");

        Script restore = run("restore.sh", Map.of("DUMP_FILE", broken.toString()));

        assertNotEquals(0, restore.exitCode(), restore.output());
        assertEquals(1, count("SELECT count(*) FROM survivor WHERE id = 42"));
    }

    private static RunningProductionJar startApp() throws IOException, InterruptedException {
        return RunningProductionJar.start(postgres.jdbcUrl(DATABASE), DebianPostgres.USER, DebianPostgres.PASSWORD, Map.of());
    }

    private static Path oldDump(String name, int daysAgo) throws IOException {
        Path dump = backups.resolve(name);
        Files.writeString(dump, "an old dump");
        Files.setLastModifiedTime(dump, FileTime.from(Instant.now().minus(Duration.ofDays(daysAgo))));
        return dump;
    }

    private static List<Path> dumps() throws IOException {
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted().toList();
        }
    }

    private record Script(int exitCode, String output) {
    }

    /** One of the deploy scripts, with the environment its Kubernetes Job gives it. */
    private static Script run(String script, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPTS.resolve(script).toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PATH", DebianPostgres.BIN + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", Integer.toString(postgres.port()));
        env.put("PGDATABASE", DATABASE);
        env.put("PGUSER", DebianPostgres.USER);
        env.put("PGPASSWORD", DebianPostgres.PASSWORD);
        env.put("BACKUP_DIR", backups.toString());
        env.putAll(extraEnv);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not finish");
        return new Script(process.exitValue(), output);
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection db = postgres.connect(DATABASE); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = postgres.connect(DATABASE); Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static HttpResponse<String> get(RunningProductionJar app, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
