package org.kiloguardian.ui.admin;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the running system is doing, in the terms an admin checks first. */
@ApplicationScoped
public class SystemStatus {

    private final DataSource dataSource;
    private final String version;
    private final Instance<LiveConnections> live;

    // quarkus.application.version is Quarkus' own key: no mapping of ours can hold it
    SystemStatus(DataSource dataSource, @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
            Instance<LiveConnections> live) {
        this.dataSource = dataSource;
        this.version = version;
        this.live = live;
    }

    public Snapshot read() {
        String database;
        boolean databaseUp;
        try (Connection connection = dataSource.getConnection()) {
            databaseUp = connection.isValid(2);
            database = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            databaseUp = false;
            database = e.getMessage();
        }
        var runtime = ManagementFactory.getRuntimeMXBean();
        Integer connections = live.isResolvable() ? live.get().count() : null;
        return new Snapshot(databaseUp, database, version, Instant.ofEpochMilli(runtime.getStartTime()),
                Duration.ofMillis(runtime.getUptime()), Runtime.version().toString(), connections);
    }

    /** {@code liveConnections} is null where no real-time server runs (the ui's own tests). */
    public record Snapshot(boolean databaseUp, String database, String version, Instant startedAt, Duration uptime, String java,
            Integer liveConnections) {

        /** "3 d 4 h 12 min": what people say, not ISO-8601. */
        public String uptimeText() {
            long days = uptime.toDays();
            return (days > 0 ? days + " d " : "") + uptime.toHoursPart() + " h " + uptime.toMinutesPart() + " min";
        }
    }
}
