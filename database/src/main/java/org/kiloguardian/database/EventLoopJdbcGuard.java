package org.kiloguardian.database;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.Context;

/**
 * No database call may run on a Vert.x event loop: the app has one, and it also writes every
 * Socket.IO broadcast and reads every HTTP request, so a query waiting there (or a database that
 * does not answer) would stall them all. Every connection the pool hands out passes here; one taken
 * on an event loop is logged with the stack trace that took it, and in dev mode and tests the
 * acquisition fails, so the mistake breaks the test that made it.
 * <p>
 * Only connections from the pool pass here; Hibernate and the transaction manager refuse the event
 * loop by themselves, this also catches plain JDBC.
 */
@Singleton
public class EventLoopJdbcGuard implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(EventLoopJdbcGuard.class);

    private final boolean failOnViolation = LaunchMode.current().isDevOrTest();
    private final AtomicLong violations = new AtomicLong();

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!Context.isOnEventLoopThread()) {
            return;
        }
        violations.incrementAndGet();
        IllegalStateException violation = new IllegalStateException("A database connection was taken on the event loop thread "
                + Thread.currentThread().getName() + ": every request and Socket.IO broadcast on it waits for the database."
                + " Run this call on a worker thread (AuthenticationRequestContext.runBlocking, Vertx.executeBlocking, a blocking endpoint).");
        LOG.error(violation.getMessage(), violation);
        if (failOnViolation) {
            throw violation;
        }
    }

    /** How many connections were taken on an event loop since the start. */
    public long violations() {
        return violations.get();
    }
}
