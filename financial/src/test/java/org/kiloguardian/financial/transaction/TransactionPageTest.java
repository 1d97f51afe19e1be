package org.kiloguardian.financial.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** The transaction list ({@link Transaction#page}) through the service that gives it its transaction. */
@QuarkusTest
class TransactionPageTest {

    @Inject
    TransactionService transactions;
    @Inject
    Fixtures fixtures;

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

    private static TransactionFilter byAccount(long account) {
        return new TransactionFilter(null, null, account, null, null, null, null, null);
    }
}
