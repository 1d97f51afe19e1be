package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.financial.alert.AlertLedger;
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
 * past months raise nothing: an imported old statement is no news. A bulk booking (an import) is
 * checked once per category at its end ({@link #checkedAtTheEnd}), not once per row.
 */
@ApplicationScoped
public class BudgetThresholdWatcher {

    static final List<Integer> THRESHOLDS = List.of(90, 100);

    private final BudgetStatusService status;
    private final AlertLedger ledger;
    private final Event<BudgetThresholdCrossed> crossed;
    private final Clock clock;
    /** The categories a bulk booking on this thread spent in this month, while it runs. */
    private final ThreadLocal<Set<String>> deferred = new ThreadLocal<>();

    BudgetThresholdWatcher(BudgetStatusService status, AlertLedger ledger, Event<BudgetThresholdCrossed> crossed, Clock clock) {
        this.status = status;
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

    /**
     * Runs {@code bulk} (in the caller's transaction) and checks each category it spent in once,
     * after it: a check per row reads the month's spending again each time, and a 10,000-row
     * statement of this month spent most of its time there. Nested calls join the outer one.
     */
    public <T> T checkedAtTheEnd(Supplier<T> bulk) {
        if (deferred.get() != null) {
            return bulk.get();
        }
        Set<String> categories = new LinkedHashSet<>();
        deferred.set(categories);
        T result;
        try {
            result = bulk.get();
        } finally {
            deferred.remove();
        }
        YearMonth month = YearMonth.now(clock);
        categories.forEach(category -> check(category, month));
        return result;
    }

    private void check(TransactionFacts transaction) {
        String categoryName = transaction.category();
        YearMonth month = YearMonth.from(transaction.date());
        if (categoryName == null || !month.equals(YearMonth.now(clock))) {
            return;
        }
        Set<String> later = deferred.get();
        if (later != null) {
            later.add(categoryName);
        } else {
            check(categoryName, month);
        }
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
                                Instant.now(clock)))));
    }
}
