package org.kiloguardian.gateway.singleinstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * One Kilo Guardian process per database. Live events and UI sessions live in the memory of one
 * process, so a second replica would be silently broken (its clients miss the other's events). With
 * {@code kilo.single-instance.enabled}, the process holds a PostgreSQL session-level advisory lock for
 * its whole life; a second process on the same database cannot take it and stays unready
 * ({@link SingleInstanceReadiness}) until the first is gone. PostgreSQL releases the lock by itself
 * when the holder's session ends, however the process died.
 * <p>
 * The lock lives on its own connection, outside the pool: a pooled session would hand the lock to
 * whichever request borrowed it next, and a transaction manager must never close it.
 */
@ApplicationScoped
public class SingleInstanceLock {

    /** Advisory lock key: "KiloGuar" in ASCII. */
    static final long KEY = 0x4B696C6F47756172L;
    private static final Logger LOG = Logger.getLogger(SingleInstanceLock.class);

    private final boolean enabled;
    private final String jdbcUrl;
    private final Optional<String> username;
    private final Optional<String> password;
    private Connection holder;

    SingleInstanceLock(SingleInstanceConfig config,
            // quarkus.* keys, owned by the datasource extension: no mapping of ours can hold them
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.enabled = config.enabled();
        this.jdbcUrl = jdbcUrl.orElse(null);
        this.username = username;
        this.password = password;
    }

    void takeAtStart(@Observes StartupEvent started) {
        if (enabled && !held()) {
            LOG.warn("Another Kilo Guardian instance uses this database: this one stays unready until it is gone "
                    + "(one replica only; see deploy/README.md, Replicas)");
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** Whether this process holds the lock, taking it if it is free (again, after a lost connection). */
    synchronized boolean held() {
        if (!enabled) {
            return true;
        }
        try {
            if (holder != null && holder.isValid(2)) {
                return true;
            }
            closeHolder();
            Connection connection = connect();
            try (Statement statement = connection.createStatement();
                    ResultSet taken = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                if (taken.next() && taken.getBoolean(1)) {
                    holder = connection;
                    LOG.info("This instance holds the single-instance lock");
                    return true;
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            LOG.debugf(e, "Cannot check the single-instance lock");
            return false;
        }
    }

    @PreDestroy
    synchronized void release() {
        closeHolder();
    }

    private Connection connect() throws SQLException {
        if (jdbcUrl == null) {
            throw new SQLException("quarkus.datasource.jdbc.url is not set");
        }
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "kilo-guardian single-instance lock");
        // the driver directly: DriverManager does not see drivers of Quarkus' class loader reliably
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + jdbcUrl);
        }
        return connection;
    }

    private void closeHolder() {
        if (holder != null) {
            try {
                holder.close();
            } catch (SQLException ignored) {
                // the session is gone either way, and with it the lock
            }
            holder = null;
        }
    }
}
