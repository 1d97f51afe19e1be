package org.kiloguardian.financial.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.support.Fixtures;
import org.kiloguardian.financial.transaction.TransactionService;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BudgetStatusTest {

    @Inject
    BudgetService budgets;
    @Inject
    BudgetStatusService status;
    @Inject
    TransactionService transactions;
    @Inject
    Fixtures fixtures;
    @Inject
    RecordedEvents events;
    @Inject
    HouseholdClock clock;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void setUp() {
        events.clear();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void countsTheFirstAndTheLastDayOfTheMonthAndNothingOutside() {
        long account = fixtures.account("0");
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category, new BigDecimal("100"), false, "2026-02"));
        fixtures.spend(account, category, "2026-01-31", "-1000");
        fixtures.spend(account, category, "2026-02-01", "-10.10");
        fixtures.spend(account, category, "2026-02-14", "-20");
        fixtures.spend(account, category, "2026-02-28", "-30.05");
        fixtures.spend(account, category, "2026-03-01", "-1000");

        BudgetStatus february = statusOf(category, YearMonth.of(2026, 2));

        assertThat(february.spent()).isEqualByComparingTo("60.15");
        assertThat(february.remaining()).isEqualByComparingTo("39.85");
        assertThat(february.usagePercent()).isEqualByComparingTo("60.2");
        assertThat(february.overBudget()).isFalse();
    }

    @Test
    void matchesTheCategoryIgnoringCaseAndCountsRefundsAgainstSpending() {
        long account = fixtures.account("0");
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category.toUpperCase(), new BigDecimal("50.00"), false, "2026-04"));
        fixtures.spend(account, category.toLowerCase(), "2026-04-30", "-70");
        fixtures.spend(account, category, "2026-04-10", "5");

        BudgetStatus april = statusOf(category, YearMonth.of(2026, 4));

        assertThat(april.spent()).isEqualByComparingTo("65");
        assertThat(april.remaining()).isEqualByComparingTo("-15");
        assertThat(april.usagePercent()).isEqualByComparingTo("130.0");
        assertThat(april.overBudget()).isTrue();
    }

    @Test
    void rollsUnspentMoneyOverButNeverADebt() {
        long account = fixtures.account("0");
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category, new BigDecimal("100"), true, "2026-01"));
        fixtures.spend(account, category, "2026-01-15", "-60");   // 40 left, carried
        fixtures.spend(account, category, "2026-02-15", "-200");  // 140 available, overspent: nothing carried
        fixtures.spend(account, category, "2026-03-15", "-30");

        assertThat(statusOf(category, YearMonth.of(2026, 2)).limit()).isEqualByComparingTo("140");
        BudgetStatus march = statusOf(category, YearMonth.of(2026, 3));
        assertThat(march.rolledOver()).isEqualByComparingTo("0");
        assertThat(march.limit()).isEqualByComparingTo("100");
        assertThat(march.remaining()).isEqualByComparingTo("70");
    }

    @Test
    void alertsAtNinetyAndAtOneHundredPercentOncePerMonth() {
        clock.today(LocalDate.of(2026, 11, 20));
        long account = fixtures.account("0");
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category, new BigDecimal("200"), false, "2026-11"));

        fixtures.spend(account, category, "2026-11-01", "-170");
        assertThat(events.of(BudgetThresholdCrossed.class)).isEmpty();

        fixtures.spend(account, category, "2026-11-19", "-10");   // 90 %
        fixtures.spend(account, category, "2026-11-20", "-5");    // still 90 %: no second alert
        assertThat(events.of(BudgetThresholdCrossed.class)).extracting(BudgetThresholdCrossed::threshold).containsExactly(90);

        fixtures.spend(account, category, "2026-11-20", "-15");   // 100 %
        fixtures.spend(account, category, "2026-11-20", "-50");   // over: no third alert
        fixtures.spend(account, category, "2026-10-31", "-500");  // last month: no news

        assertThat(events.of(BudgetThresholdCrossed.class)).extracting(BudgetThresholdCrossed::threshold)
                .containsExactly(90, 100);
        BudgetThresholdCrossed exceeded = events.of(BudgetThresholdCrossed.class).get(1);
        assertThat(exceeded.category()).isEqualTo(category);
        assertThat(exceeded.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(exceeded.spent()).isEqualByComparingTo("200");
        assertThat(exceeded.usagePercent()).isEqualByComparingTo("100.0");
        assertThat(exceeded.severity()).isEqualTo("critical");
        // as the household reads money and months (kilo.household.locale=en-GB), not "100.0 % of the 200.00 budget spent in 2026-11"
        assertThat(events.of(BudgetThresholdCrossed.class)).extracting(BudgetThresholdCrossed::message).containsExactly(
                category + ": 90% of the €200.00 budget spent in November 2026.",
                category + ": 100% of the €200.00 budget spent in November 2026.");
    }

    @Test
    void alertsWhenAnEditMovesSpendingIntoABudget() throws Exception {
        clock.today(LocalDate.of(2026, 12, 10));
        long account = fixtures.account("0");
        String category = fixtures.category();
        budgets.create(new BudgetRequest(category, new BigDecimal("100"), false, "2026-12"));
        long id = fixtures.spend(account, null, "2026-12-09", "-95").id();
        assertThat(events.of(BudgetThresholdCrossed.class)).isEmpty();

        transactions.patch(id, json.readTree("{\"category\": \"" + category + "\"}"));

        assertThat(events.of(BudgetThresholdCrossed.class)).extracting(BudgetThresholdCrossed::threshold).containsExactly(90);
    }

    private BudgetStatus statusOf(String category, YearMonth month) {
        return status.statusFor(month).stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
    }
}
