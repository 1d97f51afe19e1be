package org.kiloguardian.testsupport;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * How many SQL statements Hibernate prepared while some work ran (its statistics, on in tests): to
 * show that a read needs none, or no more for more rows. The statistics are global, so a timer's
 * statement may add to a reading, never take one away.
 */
public final class SqlStatements {

    /** Work that may throw, such as opening a socket. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private SqlStatements() {
    }

    public static long during(EntityManagerFactory entityManagers, Work work) throws Exception {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        work.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
