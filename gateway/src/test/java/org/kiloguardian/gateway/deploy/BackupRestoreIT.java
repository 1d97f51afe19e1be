package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiloguardian.gateway.production.RunningProductionJar;

/**
 * The backup and the documented restore, exactly as the CronJob and the restore Job run them
 * ({@code deploy/k3s/backup/backup.sh} and {@code restore.sh}), with Debian's real PostgreSQL 15
 * {@code pg_dump}/{@code pg_restore} and the real {@code age} against a real server that the production
 * jar has migrated: dump encrypted to an age public key, lose the data, restore with the private key,
 * data back, and the app starts on the restored database. Dumps are readable by their owner only, and
 * without the key not at all.
 */
class BackupRestoreIT {

    private static final String DATABASE = "kilo";
    private static final DeployScript BACKUP = DeployScript.of("k3s/backup/backup.sh");
    private static final DeployScript RESTORE = DeployScript.of("k3s/backup/restore.sh");
    private static final String OWNER_ONLY = "rw-------";

    private static DebianPostgres postgres;

    @TempDir
    Path work;
    private Path backups;
    private Path scratch;

    @BeforeAll
    static void startPostgres() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/age")) || !Files.isExecutable(Path.of("/usr/bin/age-keygen"))) {
            throw new IllegalStateException("age is missing: apt-get install age (.ci/run does)");
        }
        postgres = DebianPostgres.start(DATABASE);
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void folders() throws IOException {
        backups = Files.createDirectories(work.resolve("backups"));
        scratch = Files.createDirectories(work.resolve("scratch"));
    }

    @Test
    void encryptedDumpLoseRestoreAndTheDataIsBack() throws Exception {
        Path identity = work.resolve("kilo-backup.agekey");
        String recipient = ageKeygen(identity);
        long migrations;
        Path written;
        try (RunningProductionJar app = startApp()) {
            assertThat(get(app, "/q/health/ready").statusCode()).isEqualTo(200);
            migrations = count("SELECT count(*) FROM flyway_schema_history WHERE success");
            assertThat(migrations).as("the app migrated nothing").isGreaterThan(0);
            execute("CREATE TABLE household_note (id int PRIMARY KEY, text text NOT NULL, amount numeric(12,2) NOT NULL)",
                    "INSERT INTO household_note VALUES (1, 'Milch kaufen', 1.19), (2, 'Ärztin anrufen', 0.00)");

            // dumps from 10 days ago go, encrypted or not, one from 2 days ago stays (BACKUP_KEEP_DAYS=7)
            Path expired = oldDump("kilo-20261119T023000Z.dump.age", 10);
            Path expiredPlain = oldDump("kilo-20261119T013000Z.dump", 10);
            Path recent = oldDump("kilo-20261127T023000Z.dump.age", 2);
            DeployScript.Result backup = run(BACKUP, Map.of("BACKUP_KEEP_DAYS", "7", "BACKUP_AGE_RECIPIENTS", recipient));
            assertThat(backup.exitCode()).as(backup.output()).isEqualTo(0);
            assertThat(Files.exists(expired)).as(backup.output()).isFalse();
            assertThat(Files.exists(expiredPlain)).as(backup.output()).isFalse();
            assertThat(Files.exists(recent)).as(backup.output()).isTrue();
            List<Path> dumps = dumps();
            assertThat(dumps).as(dumps.toString()).hasSize(2);
            written = dumps.stream().filter(p -> !p.equals(recent)).findFirst().orElseThrow();
            assertThat(written.getFileName().toString().matches("kilo-\\d{8}T\\d{6}Z\\.dump\\.age")).as(written.toString()).isTrue();

            // what someone who copies the backup folder gets: nothing readable, and only the owner could read the file
            assertThat(permissions(written)).isEqualTo(OWNER_ONLY);
            assertThat(new String(Files.readAllBytes(written), StandardCharsets.ISO_8859_1).startsWith("age-encryption.org/v1\n")).isTrue();
            DeployScript.Result peek = pgRestoreList(written);
            assertThat(peek.exitCode()).as("pg_restore read the encrypted dump:\n" + peek.output()).isNotEqualTo(0);
            assertThat(contents(scratch)).as("the unencrypted dump was left behind").isEqualTo(List.of());

            // the data is lost after the backup
            execute("DROP TABLE household_note", "DELETE FROM flyway_schema_history");

            // the restore refuses while the app is still connected: README says to stop it first
            DeployScript.Result refused = run(RESTORE, Map.of("DUMP_FILE", "latest", "BACKUP_AGE_IDENTITY_FILE", identity.toString()));
            assertThat(refused.exitCode()).as(refused.output()).isNotEqualTo(0);
            assertThat(refused.output()).contains("stop the app first");
        }

        // without the private key the restore cannot read the dump, and says what it needs
        DeployScript.Result withoutKey = run(RESTORE, Map.of("DUMP_FILE", "latest"));
        assertThat(withoutKey.exitCode()).as(withoutKey.output()).isNotEqualTo(0);
        assertThat(withoutKey.output()).contains("BACKUP_AGE_IDENTITY_FILE");

        DeployScript.Result restore = run(RESTORE, Map.of("DUMP_FILE", "latest", "BACKUP_AGE_IDENTITY_FILE", identity.toString()));
        assertThat(restore.exitCode()).as(restore.output()).isEqualTo(0);
        assertThat(restore.output()).contains(written.getFileName().toString());
        assertThat(contents(scratch)).as("the decrypted dump was left behind").isEqualTo(List.of());

        try (Connection db = postgres.connect(DATABASE);
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, text, amount FROM household_note ORDER BY id")) {
            List<String> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getBigDecimal(3));
            }
            assertThat(notes).isEqualTo(List.of("1 Milch kaufen 1.19", "2 Ärztin anrufen 0.00"));
        }
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(migrations);
        try (Connection admin = postgres.connect("postgres"); Statement query = admin.createStatement();
                ResultSet staging = query.executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'kilo_restoring'")) {
            staging.next();
            assertThat(staging.getLong(1)).as("the staging database was left behind").isEqualTo(0);
        }

        // the production jar accepts the restored database: Flyway validates its history, Hibernate its schema
        try (RunningProductionJar app = startApp()) {
            assertThat(get(app, "/q/health/ready").statusCode()).isEqualTo(200);
            // the API is served (and, with no login, refused) rather than failing on the schema
            assertThat(get(app, "/api/habits").statusCode()).isEqualTo(401);
            assertThat(app.log()).as("the restored history was not recognised:\n" + app.log()).doesNotContain("Migrating schema");
        }
    }

    @Test
    void withoutARecipientTheDumpIsUnencryptedButReadableByItsOwnerOnly() throws Exception {
        DeployScript.Result backup = run(BACKUP, Map.of("BACKUP_AGE_RECIPIENTS", ""));

        assertThat(backup.exitCode()).as(backup.output()).isEqualTo(0);
        Path dump = dumps().get(0);
        assertThat(permissions(dump)).as("the dump's permissions").isEqualTo(OWNER_ONLY);
        assertThat(dump.getFileName().toString().endsWith(".dump")).as(dump.toString()).isTrue();
        assertThat(pgRestoreList(dump).exitCode()).isEqualTo(0);
        assertThat(backup.output()).contains("not encrypted");
    }

    @Test
    void aRecipientThatIsNoAgeKeyStopsTheBackupBeforeItWritesAnything() throws Exception {
        DeployScript.Result backup = run(BACKUP, Map.of("BACKUP_AGE_RECIPIENTS", "change-me-age1-public-key"));

        assertThat(backup.exitCode()).as(backup.output()).isEqualTo(2);
        assertThat(backup.output()).contains("BACKUP_AGE_RECIPIENTS must hold age public keys");
        assertThat(dumps()).isEqualTo(List.of());
        assertThat(contents(scratch)).isEqualTo(List.of());
    }

    @Test
    void aBrokenDumpLeavesTheDatabaseAsItWas() throws Exception {
        execute("CREATE TABLE IF NOT EXISTS survivor (id int PRIMARY KEY)", "INSERT INTO survivor VALUES (42) ON CONFLICT DO NOTHING");
        Path broken = work.resolve("kilo-broken.dump");
        Files.writeString(broken, "not a pg_dump archive");

        DeployScript.Result restore = run(RESTORE, Map.of("DUMP_FILE", broken.toString()));

        assertThat(restore.exitCode()).as(restore.output()).isNotEqualTo(0);
        assertThat(count("SELECT count(*) FROM survivor WHERE id = 42")).isEqualTo(1);
    }

    private static RunningProductionJar startApp() throws IOException, InterruptedException {
        return RunningProductionJar.start(postgres.jdbcUrl(DATABASE), DebianPostgres.USER, DebianPostgres.PASSWORD, Map.of());
    }

    /** A new age identity (private key) in the file, as deploy/README.md has the household make one; returns its public key. */
    private static String ageKeygen(Path identity) {
        DeployScript.Result made = command("age-keygen", "-o", identity.toString());
        assertThat(made.exitCode()).as(made.output()).isEqualTo(0);
        DeployScript.Result recipient = command("age-keygen", "-y", identity.toString());
        assertThat(recipient.exitCode()).as(recipient.output()).isEqualTo(0);
        assertThat(recipient.output().startsWith("age1")).as(recipient.output()).isTrue();
        return recipient.output().trim();
    }

    private static DeployScript.Result pgRestoreList(Path dump) {
        return command(DebianPostgres.BIN.resolve("pg_restore").toString(), "--list", dump.toString());
    }

    private static DeployScript.Result command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new DeployScript.Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path oldDump(String name, int daysAgo) throws IOException {
        Path dump = backups.resolve(name);
        Files.writeString(dump, "an old dump");
        Files.setLastModifiedTime(dump, FileTime.from(Instant.now().minus(Duration.ofDays(daysAgo))));
        return dump;
    }

    private List<Path> dumps() throws IOException {
        return contents(backups);
    }

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** One of the deploy scripts, with the environment its Kubernetes Job gives it (TMPDIR is the Job's emptyDir). */
    private DeployScript.Result run(DeployScript script, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", DebianPostgres.BIN + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", Integer.toString(postgres.port()));
        env.put("PGDATABASE", DATABASE);
        env.put("PGUSER", DebianPostgres.USER);
        env.put("PGPASSWORD", DebianPostgres.PASSWORD);
        env.put("BACKUP_DIR", backups.toString());
        env.put("TMPDIR", scratch.toString());
        env.putAll(extraEnv);
        return script.run(env);
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
