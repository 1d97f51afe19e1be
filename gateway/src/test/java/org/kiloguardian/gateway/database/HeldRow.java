package org.kiloguardian.gateway.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Holds one row locked, as a slow writer would, while requests are started one after another: each
 * next one starts only once the one before waits for the row, so they reach it in the order given.
 * Whatever a request reads before it asks for the lock is then as old as the lock; the row is
 * released when all of them wait.
 */
@ApplicationScoped
public class HeldRow {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final AgroalDataSource dataSource;

    HeldRow(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param table schema-qualified, with a numeric {@code id} column */
    public <T> List<CompletableFuture<T>> whileLocked(String table, long id, List<Supplier<T>> requests) throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            List<CompletableFuture<T>> started = new ArrayList<>();
            for (Supplier<T> request : requests) {
                // a thread each: the common pool has one thread on two cores, and these block
                started.add(CompletableFuture.supplyAsync(request, task -> new Thread(task).start()));
                awaitWaiting(started.size());
            }
            holder.rollback();
            return started;
        }
    }

    private void awaitWaiting(int count) throws Exception {
        Instant giveUp = Instant.now().plus(PATIENCE);
        try (Connection observer = dataSource.getConnection();
                PreparedStatement waiting = observer.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            while (true) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) >= count) {
                        return;
                    }
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError(count + " requests never all waited for the held row");
                }
                Thread.sleep(20);
            }
        }
    }
}
