package org.kiloguardian.financial.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.testsupport.PlainThread;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The transaction list ({@link Transaction#page}) through the service that gives it its transaction. */
@QuarkusTest
class TransactionPageTest {

    @Inject
    TransactionService transactions;
    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource database;

    @Test
    void aPageReadsOnAThreadWithoutARequestOrATransaction() throws Exception {
        // the dashboard's recent transactions refresh from push and event threads: no request context, no transaction
        long account = fixtures.account("0");
        fixtures.spend(account, null, "2026-10-01", "-12.50");

        assertThat(PlainThread.call(() -> transactions.page(byAccount(account), PageRequest.first(10))).total()).isEqualTo(1);
    }

    @Test
    void pagesInTheDatabaseAndCountsEverythingThatMatches() {
        long account = fixtures.account("0");
        for (int day = 1; day <= 7; day++) {
            fixtures.spend(account, null, "2026-10-0" + day, "-" + day);
        }

        TransactionPage page = transactions.page(byAccount(account), new PageRequest(1, 3, TransactionSort.DATE, true));

        assertThat(page.total()).isEqualTo(7);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.items()).extracting(TransactionView::date)
                .containsExactly(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 2));
    }

    @Test
    void filtersByDateRangeCategoryTypeTextAndAmount() {
        long account = fixtures.account("0");
        String category = fixtures.category();
        fixtures.spend(account, category, "2026-09-30", "-10");
        TransactionView inRange = fixtures.spend(account, category, "2026-10-01", "-20");
        fixtures.spend(account, null, "2026-10-02", "-30");
        fixtures.spend(account, category, "2026-10-03", "500");

        TransactionFilter filter = new TransactionFilter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), account,
                category.toLowerCase(), TransactionType.EXPENSE, "TES", new BigDecimal("-25"), new BigDecimal("-15"));

        assertThat(transactions.page(filter, PageRequest.first(50)).items()).extracting(TransactionView::id)
                .containsExactly(inRange.id());
    }

    @Test
    void showsTheRunningBalanceOfTheAccountOnEveryPage() {
        long account = fixtures.account("100.00");
        fixtures.spend(account, null, "2026-08-01", "-10.25");
        fixtures.spend(account, null, "2026-08-02", "50");
        fixtures.spend(account, null, "2026-08-03", "-0.75");

        TransactionPage oldestLast = transactions.page(byAccount(account), new PageRequest(0, 1, TransactionSort.DATE, true));
        TransactionPage oldestFirst = transactions.page(byAccount(account), new PageRequest(0, 2, TransactionSort.DATE, false));

        assertThat(oldestLast.items().get(0).runningBalance()).isEqualByComparingTo("139.00");
        assertThat(oldestFirst.items()).extracting(TransactionView::runningBalance)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("89.75"), new BigDecimal("139.75"));
    }

    @Test
    void sortsByAmount() {
        long account = fixtures.account("0");
        fixtures.spend(account, null, "2026-07-01", "-5");
        fixtures.spend(account, null, "2026-07-02", "-50");
        fixtures.spend(account, null, "2026-07-03", "7");

        assertThat(transactions.page(byAccount(account), new PageRequest(0, 10, TransactionSort.AMOUNT, false)).items())
                .extracting(TransactionView::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-50"), new BigDecimal("-5"), new BigDecimal("7"));
    }

    @Test
    void totalsAndRunningBalancesAreWhatCountingAndAWindowOverTheWholeAccountGive() throws SQLException {
        long a = fixtures.account("250.00");
        long b = fixtures.account("-10");
        fixtures.spend(a, null, "2031-03-01", "-20.5");
        fixtures.spend(b, null, "2031-03-01", "99.99");
        fixtures.spend(a, null, "2031-03-02", "-0.0001");
        transactions.create(new TransactionRequest(a, LocalDate.of(2031, 3, 2), new BigDecimal("-40"), TransactionType.TRANSFER,
                "to b", null, null, List.of(), null, b, null), "tester");
        fixtures.spend(b, null, "2031-03-03", "-5");
        fixtures.spend(a, null, "2031-03-03", "1000");

        TransactionPage unfiltered = transactions.page(TransactionFilter.none(), new PageRequest(0, 5, TransactionSort.DATE, true));
        TransactionPage oneAccount = transactions.page(byAccount(a), new PageRequest(1, 2, TransactionSort.DATE, true));
        TransactionPage twoDays = transactions.page(new TransactionFilter(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 3),
                null, null, null, null, null, null), new PageRequest(0, 3, TransactionSort.DATE, false));

        assertThat(unfiltered.total()).isEqualTo(count("true"));
        assertThat(oneAccount.total()).isEqualTo(count("account_id = " + a)).isEqualTo(4);
        assertThat(twoDays.total()).isEqualTo(count("booked_on between date '2031-03-02' and date '2031-03-03'")).isEqualTo(5);
        assertThat(unfiltered.items()).extracting(TransactionView::accountId).contains(a, b);
        for (TransactionPage page : List.of(unfiltered, oneAccount, twoDays)) {
            assertThat(page.items()).isNotEmpty().allSatisfy(item -> assertThat(item.runningBalance())
                    .as("running balance of %d", item.id()).isEqualByComparingTo(balanceAfter(item.id())));
        }
    }

    private long count(String condition) throws SQLException {
        try (Connection connection = database.getConnection();
                ResultSet row = connection.createStatement().executeQuery("select count(*) from financial.transaction where " + condition)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The account's balance after the row by the definition: a window over all of the account's rows, oldest first. */
    private BigDecimal balanceAfter(long id) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select r.balance from (
                    select t.id, a.opening_balance + sum(t.amount) over (partition by t.account_id order by t.booked_on, t.id) as balance
                    from financial.transaction t join financial.account a on a.id = t.account_id
                    where t.account_id = (select account_id from financial.transaction where id = ?)) r
                where r.id = ?
                """)) {
            query.setLong(1, id);
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TransactionFilter byAccount(long account) {
        return new TransactionFilter(null, null, account, null, null, null, null, null);
    }
}
