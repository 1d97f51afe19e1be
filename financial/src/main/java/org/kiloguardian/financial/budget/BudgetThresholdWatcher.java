package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.financial.alert.AlertChecks;
import org.kiloguardian.financial.alert.AlertLedger;
import org.kiloguardian.financial.alert.AlertWording;
import org.kiloguardian.financial.category.Category;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionFacts;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.financial.transaction.Transaction;

/**
 * Raises {@link BudgetThresholdCrossed} when spending in the current month reaches 90 % and 100 %
 * of a budget, once per threshold, category and month. It runs inside the transaction that
 * changed the spending, so an alert is claimed and fired only if that change commits. Changes to
 * past months raise nothing: an imported old statement is no news. A bulk change (an import) is
 * checked once per category at its end ({@link AlertChecks}), not once per row.
 */
@ApplicationScoped
class BudgetThresholdWatcher {

    static final List<Integer> THRESHOLDS = List.of(90, 100);

    private final BudgetStatusService status;
    private final AlertLedger ledger;
    private final Event<BudgetThresholdCrossed> crossed;
    private final Clock clock;
    private final AlertChecks checks;
    private final AlertWording wording;

    BudgetThresholdWatcher(BudgetStatusService status, AlertLedger ledger, AlertChecks checks,
            Event<BudgetThresholdCrossed> crossed, Clock clock, AlertWording wording) {
        this.wording = wording;
        this.status = status;
        this.checks = checks;
        this.ledger = ledger;
        this.crossed = crossed;
        this.clock = clock;
    }

    void added(@Observes TransactionAdded event) {
        check(event.transaction());
    }

    void updated(@Observes TransactionUpdated event) {
        check(event.transaction());
    }

    private void check(TransactionFacts transaction) {
        String categoryName = transaction.category();
        YearMonth month = YearMonth.from(transaction.date());
        if (categoryName == null || !month.equals(YearMonth.now(clock))) {
            return;
        }
        checks.nowOrAtTheEnd("budget:" + categoryName.toLowerCase(Locale.ROOT), () -> check(categoryName, month));
    }

    private void check(String categoryName, YearMonth month) {
        // the change that fired the event may still sit in the session; the spending query must see it
        Transaction.flush();
        Category.findByNameIgnoreCase(categoryName)
                .flatMap(category -> status.statusFor(category.id, month))
                .ifPresent(current -> THRESHOLDS.stream()
                        .filter(threshold -> current.usagePercent() != null
                                && current.usagePercent().compareTo(BigDecimal.valueOf(threshold)) >= 0)
                        .filter(threshold -> ledger.firstTime("BUDGET_" + threshold, current.budgetId(), month.toString()))
                        .forEach(threshold -> crossed.fire(new BudgetThresholdCrossed(current.budgetId(), current.category(),
                                month, threshold, current.limit(), current.spent(), current.usagePercent(),
                                Instant.now(clock), BudgetThresholdCrossed.message(current.category(), month,
                                        current.limit(), current.usagePercent(), wording)))));
    }
}
