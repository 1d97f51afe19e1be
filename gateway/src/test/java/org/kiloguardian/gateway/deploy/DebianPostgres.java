package org.kiloguardian.gateway.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's {@code postgresql-15} package, with the client tools of
 * the same package ({@code pg_dump}, {@code pg_restore}, {@code psql}) beside it: the real binaries the
 * backup scripts call, not a library's imitation. {@code .ci/run} installs the package where it is
 * missing. PostgreSQL refuses to run as root, so as root the server runs as the package's
 * {@code postgres} user.
 */
final class DebianPostgres implements AutoCloseable {

    static final Path BIN = Path.of(System.getProperty("kilo.postgres.bin", "/usr/lib/postgresql/15/bin"));
    static final String USER = "kilo";
    static final String PASSWORD = "backup-restore-test";

    private final Path directory;
    private final int port;

    private DebianPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** initdb, start, and a database owned by the superuser {@code kilo}, as the postgres image makes it. */
    static DebianPostgres start(String database) throws IOException, InterruptedException {
        if (!Files.isExecutable(BIN.resolve("pg_ctl")) || !Files.isExecutable(BIN.resolve("pg_dump"))) {
            throw new IllegalStateException("No PostgreSQL 15 server and client in " + BIN
                    + ": apt-get install postgresql-15 postgresql-client-15 (.ci/run does)");
        }
        Path directory = Files.createTempDirectory("kilo-backup-pg");
        Path passwordFile = directory.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        giveToServerUser(directory);
        int port = freePort();
        DebianPostgres postgres = new DebianPostgres(directory, port);
        postgres.runAsServerUser(BIN.resolve("initdb").toString(), "--pgdata=" + directory.resolve("data"),
                "--username=" + USER, "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256",
                "--encoding=UTF8", "--locale=C.UTF-8");
        postgres.startServer();
        try (Connection admin = postgres.connect("postgres")) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException(e);
        }
        return postgres;
    }

    /** Starts the server again on the same port and data directory, as a restarted pod finds its volume. */
    void startServer() throws IOException, InterruptedException {
        runAsServerUser(BIN.resolve("pg_ctl").toString(), "--pgdata=" + directory.resolve("data"),
                "--log=" + directory.resolve("server.log"), "--wait", "--timeout=60",
                "--options=-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
    }

    /**
     * Stops the server: {@code fast} is what a pod's termination does (sessions end with a FATAL
     * message), {@code immediate} what a killed one does (no goodbye, recovery at the next start).
     */
    void stopServer(String mode) throws IOException, InterruptedException {
        runAsServerUser(BIN.resolve("pg_ctl").toString(), "--pgdata=" + directory.resolve("data"), "--mode=" + mode, "--wait", "stop");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    @Override
    public void close() {
        try {
            runAsServerUser(BIN.resolve("pg_ctl").toString(), "--pgdata=" + directory.resolve("data"), "--mode=fast", "--wait", "stop");
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // best effort: the directory is a temp directory either way
        }
    }

    private void runAsServerUser(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
        }
    }

    private static void giveToServerUser(Path directory) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal postgres = users.lookupPrincipalByName("postgres");
        GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
                view.setOwner(postgres);
                view.setGroup(group);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
