package org.kiloguardian.financial.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.financial.transaction.TransactionRequest;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.financial.transaction.TransactionType;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReportServiceTest {

    @Inject
    ReportService reports;
    @Inject
    TransactionService transactions;
    @Inject
    Fixtures fixtures;

    @Test
    void totalsIncomeAndExpenseByCategoryAndByMonthLeavingOutTransfers() {
        // a range of its own in the past, so other tests' rows stay out of it
        long checking = fixtures.account("0");
        long savings = fixtures.account("0");
        String food = fixtures.category();
        String salary = fixtures.category();
        fixtures.spend(checking, salary, "2019-01-31", "3000.00");
        fixtures.spend(checking, food, "2019-01-31", "-120.35");
        fixtures.spend(checking, food, "2019-03-01", "-79.65");
        fixtures.spend(checking, food, "2019-03-02", "10.00");
        fixtures.spend(checking, food, "2019-04-01", "-999");
        transactions.create(new TransactionRequest(checking, LocalDate.of(2019, 2, 10), new BigDecimal("-500"),
                TransactionType.TRANSFER, "to savings", null, null, List.of(), null, savings, null), "tester");

        Summary summary = reports.summary(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31));

        assertThat(summary.income()).isEqualByComparingTo("3010.00");
        assertThat(summary.expense()).isEqualByComparingTo("200.00");
        assertThat(summary.net()).isEqualByComparingTo("2810.00");
        assertThat(summary.currency()).isEqualTo("EUR");
        assertThat(summary.byCategory()).filteredOn(c -> c.category().equals(food)).singleElement()
                .satisfies(c -> {
                    assertThat(c.expense()).isEqualByComparingTo("200.00");
                    assertThat(c.income()).isEqualByComparingTo("10.00");
                    assertThat(c.net()).isEqualByComparingTo("-190.00");
                });
        assertThat(summary.byMonth()).extracting(MonthTotals::month)
                .containsExactly(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3));
        assertThat(summary.byMonth().get(1).net()).isEqualByComparingTo("0");
        assertThat(summary.byMonth().get(2).expense()).isEqualByComparingTo("79.65");
    }
}
