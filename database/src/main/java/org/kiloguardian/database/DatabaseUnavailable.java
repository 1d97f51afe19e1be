package org.kiloguardian.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by a database that cannot be reached (stopped, restarting, unreachable)
 * from everything else. Such a failure is nobody's bug and passes by itself: callers answer 503
 * with {@code Retry-After} and say "retrying" instead of reporting an internal error.
 * <p>
 * The exception that reaches a caller is wrapped by Hibernate, the transaction manager or the
 * security layer, so the whole cause chain is searched (and suppressed exceptions, where a failed
 * rollback hides the original failure).
 */
public final class DatabaseUnavailable {

    /** How long a client is told to wait before trying again: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE class 08 is "connection exception" in the SQL standard (08001 cannot connect, 08006 connection failure, ...). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now ("the database system is starting up"). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether the database being unreachable is what made this fail. */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty()) {
            Throwable current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
            if (current.getCause() != null) {
                pending.push(current.getCause());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = e.getSQLState();
        if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_OR_COMING.contains(state))) {
            return true;
        }
        return isPoolTimeout(e);
    }

    /**
     * Agroal gives up waiting for a connection with a plain SQLException, no SQLSTATE and no
     * subclass: its message is all there is to recognise it by.
     */
    private static boolean isPoolTimeout(SQLException e) {
        String message = e.getMessage();
        return e.getSQLState() == null && message != null
                && (message.startsWith("Acquisition timeout") || message.startsWith("Sorry, acquisition timeout"));
    }
}
