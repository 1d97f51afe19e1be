package org.kiloguardian.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;

/** The failures of a database that is not there, as the real driver and the real pool throw them. */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionIsUnavailability() {
        Throwable refused = catchThrowable(() -> new org.postgresql.Driver().connect(urlOfAClosedPort(), credentials()));

        assertThat(refused).isInstanceOf(PSQLException.class);
        assertThat(DatabaseUnavailable.isCauseOf(refused)).isTrue();
    }

    @Test
    void thePoolGivingUpWaitingIsUnavailability() throws Exception {
        // a server that accepts the connection and never answers: the pool gives up waiting for it
        try (ServerSocket silent = new ServerSocket(0)) {
            AgroalDataSourceConfigurationSupplier configuration = new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(pool -> pool.maxSize(1).acquisitionTimeout(Duration.ofSeconds(1))
                            .connectionFactoryConfiguration(factory -> factory
                                    .jdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/kilo")
                                    .connectionProviderClass(org.postgresql.Driver.class)));
            try (AgroalDataSource dataSource = AgroalDataSource.from(configuration)) {
                Throwable timeout = catchThrowable(dataSource::getConnection);

                assertThat(timeout).isExactlyInstanceOf(SQLException.class).hasMessageContaining("cquisition timeout");
                assertThat(DatabaseUnavailable.isCauseOf(timeout)).isTrue();
            }
        }
    }

    @Test
    void isFoundDeepInsideWrappersAndSuppressedExceptions() {
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE,
                new IOException("Broken pipe"));
        RuntimeException wrapped = new RuntimeException("commit failed", new IllegalStateException("rollback failed", lost));
        RuntimeException rollback = new RuntimeException("rollback failed too");
        rollback.addSuppressed(lost);

        assertThat(DatabaseUnavailable.isCauseOf(wrapped)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(rollback)).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingUpIsUnavailability() {
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void everyOtherFailureIsNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new SQLIntegrityConstraintViolationException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("relation \"nope\" does not exist", "42P01"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.isCauseOf(first)).isFalse();
    }

    private static String urlOfAClosedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            // closed again at once: nothing listens there while the test runs
            return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/kilo?connectTimeout=2";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", "kilo");
        return properties;
    }
}
