package org.kiloguardian.financial.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.csv.CsvImportService;
import org.kiloguardian.financial.csv.ImportOptions;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.financial.transaction.Transaction;
import org.kiloguardian.financial.transaction.TransactionRequest;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionType;
import org.kiloguardian.financial.transaction.TransactionView;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The per-account row count and amount sum that triggers keep in {@code financial.account_totals}:
 * after every kind of write they equal {@code count(*)} and {@code sum(amount)} over the account's
 * rows, read from the real PostgreSQL.
 */
@QuarkusTest
class AccountTotalsTest {

    @Inject
    TransactionService transactions;
    @Inject
    AccountService accounts;
    @Inject
    CsvImportService imports;
    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper json;
    @Inject
    AgroalDataSource database;

    @Test
    void followInsertsEditsMovesDeletesTransfersAndImports() throws Exception {
        long a = fixtures.account("100.00");
        long b = fixtures.account("0");
        long c = fixtures.account("-5.5");
        assertThat(totals(a)).as("an account without transactions").isNull();

        TransactionView coffee = fixtures.spend(a, null, "2030-05-01", "-3.20");
        fixtures.spend(a, null, "2030-05-02", "1250.0001");
        fixtures.spend(b, null, "2030-05-02", "-40");
        assertKept(a, b);
        assertThat(totals(a)).isEqualTo(new Totals(2, new BigDecimal("1246.8001")));

        transactions.patch(coffee.id(), json.readTree("{\"amount\": -4.75}"));
        assertKept(a, b);
        assertThat(totals(a).amountSum()).isEqualByComparingTo("1245.2501");

        transactions.patch(coffee.id(), json.readTree("{\"accountId\": " + b + "}"));
        assertKept(a, b);
        assertThat(totals(a)).isEqualTo(new Totals(1, new BigDecimal("1250.0001")));
        assertThat(totals(b)).isEqualTo(new Totals(2, new BigDecimal("-44.75")));

        transactions.delete(coffee.id());
        assertKept(a, b);
        assertThat(totals(b)).isEqualTo(new Totals(1, new BigDecimal("-40")));

        TransactionView transfer = transactions.create(new TransactionRequest(a, LocalDate.parse("2030-05-03"),
                new BigDecimal("-300"), TransactionType.TRANSFER, "to savings", null, null, List.of(), null, c, null), "tester");
        assertKept(a, b, c);
        assertThat(totals(c)).isEqualTo(new Totals(1, new BigDecimal("300")));
        transactions.patch(transfer.id(), json.readTree("{\"amount\": -120, \"transferAccountId\": " + b + "}"));
        assertKept(a, b, c);
        assertThat(totals(c)).isEqualTo(new Totals(0, BigDecimal.ZERO));
        assertThat(totals(b)).isEqualTo(new Totals(2, new BigDecimal("80")));

        String csv = """
                Date,Description,Amount
                2030-05-10,Rent,-950.00
                2030-05-11,Coffee,-3.20
                2030-05-25,Salary,2500
                """;
        assertThat(imports.importCsv("statement.csv", csv.getBytes(StandardCharsets.UTF_8),
                ImportOptions.detectAll().forAccount(c), false).imported()).isEqualTo(3);
        assertKept(a, b, c);
        assertThat(totals(c)).isEqualTo(new Totals(3, new BigDecimal("1546.80")));

        transactions.delete(transfer.id());
        assertKept(a, b, c);
        assertThat(accounts.get(a).balance()).isEqualByComparingTo("1350.0001");
        assertThat(accounts.get(c).balance()).isEqualByComparingTo("1541.30");
        assertThat(accounts.list()).filteredOn(view -> view.id() == b).singleElement()
                .satisfies(view -> assertThat(view.balance()).isEqualByComparingTo("-40.00"));
    }

    @Test
    void twoTransactionsInsertingIntoOneAccountBothCount() throws Exception {
        long account = fixtures.account("0");
        // the first pair creates the account's totals row (both insert it), the second adds to it
        for (int round = 1; round <= 2; round++) {
            try (Connection first = database.getConnection(); Connection second = database.getConnection()) {
                first.setAutoCommit(false);
                second.setAutoCommit(false);
                int secondPid = backendPid(second);
                insert(first, account, "-1.25");
                CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                    try {
                        insert(second, account, "-2.50");
                        second.commit();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                awaitLockWait(secondPid);
                first.commit();
                waiting.get(10, TimeUnit.SECONDS);
            }
            assertKept(account);
            assertThat(totals(account)).isEqualTo(new Totals(2L * round, new BigDecimal("-3.75").multiply(BigDecimal.valueOf(round))));
        }
    }

    @Test
    void transfersInOppositeDirectionsAtTheSameTimeBothGoThrough() throws Exception {
        long a = fixtures.account("0");
        long b = fixtures.account("0");

        race(a, b, () -> transfer(a, b, "-10"), () -> transfer(b, a, "-25"));

        assertKept(a, b);
        assertThat(totals(a)).isEqualTo(new Totals(3, new BigDecimal("14")));
        assertThat(totals(b)).isEqualTo(new Totals(3, new BigDecimal("-17")));
    }

    @Test
    void transfersDeletedFromOppositeSidesAtTheSameTimeBothGo() throws Exception {
        long a = fixtures.account("0");
        long b = fixtures.account("0");
        long fromA = transfer(a, b, "-10").id();
        long fromB = transfer(b, a, "-25").id();

        race(a, b, () -> transactions.delete(fromA), () -> transactions.delete(fromB));

        assertKept(a, b);
        assertThat(totals(a)).isEqualTo(new Totals(1, new BigDecimal("-1")));
        assertThat(totals(b)).isEqualTo(new Totals(1, new BigDecimal("-2")));
    }

    /**
     * Runs two writes that change accounts a and b in opposite order while another writer holds both
     * accounts' totals, so that both queue up and then race for the two rows; both must succeed.
     */
    private void race(long a, long b, Runnable one, Runnable other) throws Exception {
        try (Connection holder = database.getConnection()) {
            holder.setAutoCommit(false);
            insert(holder, a, "-1");
            insert(holder, b, "-2");
            CompletableFuture<Void> first = CompletableFuture.runAsync(one);
            awaitLockWaiters(1);
            CompletableFuture<Void> second = CompletableFuture.runAsync(other);
            awaitLockWaiters(2);
            holder.commit();
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void readChangesNotYetFlushedInTheSameTransaction() {
        long account = fixtures.account("10");
        long id = fixtures.spend(account, null, "2030-05-01", "-1").id();

        BigDecimal seen = QuarkusTransaction.requiringNew().call(() -> {
            Transaction transaction = Transaction.findById(id);
            transaction.amount = new BigDecimal("-7");
            return AccountTotals.amountSum(account);
        });

        assertThat(seen).isEqualByComparingTo("-7");
    }

    @Test
    void anAccountWhoseTransactionsAreGoneCanBeDeleted() throws SQLException {
        long account = fixtures.account("0");
        transactions.delete(fixtures.spend(account, null, "2030-05-01", "-1").id());
        assertThat(totals(account)).isEqualTo(new Totals(0, BigDecimal.ZERO));

        accounts.delete(account);

        assertThat(accounts.list()).noneMatch(view -> view.id() == account);
        assertThat(totals(account)).isNull();
    }

    /** Amounts as values: 80 and 80.0000 are one sum. */
    private record Totals(long rowCount, BigDecimal amountSum) {
        Totals {
            amountSum = amountSum.stripTrailingZeros();
        }
    }

    /** The kept row, or null when the account has none. */
    private Totals totals(long account) throws SQLException {
        return read("select row_count, amount_sum from financial.account_totals where account_id = ?", account);
    }

    /** The kept totals equal what the account's rows add up to (a missing row counts as none). */
    private void assertKept(long... accountIds) throws SQLException {
        for (long account : accountIds) {
            Totals counted = read("select count(*), coalesce(sum(amount), 0) from financial.transaction where account_id = ?", account);
            Totals kept = totals(account);
            assertThat(kept == null ? new Totals(0, BigDecimal.ZERO) : kept)
                    .as("totals of account %d", account).isEqualTo(counted);
            assertThat(accounts.get(account).balance()).as("balance of account %d", account)
                    .isEqualByComparingTo(accounts.find(account).openingBalance.add(counted.amountSum()));
        }
    }

    private Totals read(String sql, long account) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, account);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Totals(row.getLong(1), row.getBigDecimal(2)) : null;
            }
        }
    }

    private static void insert(Connection connection, long account, String amount) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into financial.transaction"
                + " (account_id, booked_on, amount, type) values (?, date '2030-06-01', ?, 'EXPENSE')")) {
            insert.setLong(1, account);
            insert.setBigDecimal(2, new BigDecimal(amount));
            insert.executeUpdate();
        }
    }

    private TransactionView transfer(long from, long to, String amount) {
        return transactions.create(new TransactionRequest(from, LocalDate.parse("2030-05-04"), new BigDecimal(amount),
                TransactionType.TRANSFER, "race", null, null, List.of(), null, to, null), "tester");
    }

    /** Waits until this many backends of the database wait for a lock. */
    private void awaitLockWaiters(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection observer = database.getConnection(); ResultSet row = observer.createStatement().executeQuery(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")) {
                row.next();
                if (row.getInt(1) >= count) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " writers waited for a lock");
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Waits until the backend waits for a lock: the two writers really overlap. */
    private void awaitLockWait(int pid) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection observer = database.getConnection();
                    PreparedStatement query = observer.prepareStatement("select wait_event_type from pg_stat_activity where pid = ?")) {
                query.setInt(1, pid);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && "Lock".equals(row.getString(1))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second insert never waited for the first");
    }
}
