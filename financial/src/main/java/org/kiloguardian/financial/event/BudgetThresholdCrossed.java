package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.kiloguardian.financial.alert.AlertWording;

/**
 * Spending in a budgeted category reached {@code threshold} percent (90 or 100) of the month's
 * limit. Fired once per threshold, category and month; the module remembers that it was sent.
 * Socket.IO {@code kilo_alert} (alert_type budget_warning at 90, budget_exceeded at 100).
 */
public record BudgetThresholdCrossed(
        long budgetId,
        String category,
        YearMonth month,
        int threshold,
        BigDecimal limit,
        BigDecimal spent,
        BigDecimal usagePercent,
        Instant timestamp,
        String message) {

    /** The sentence for the household, e.g. "Groceries: 91.2% of the €400.00 budget spent in November 2026." */
    public static String message(String category, YearMonth month, BigDecimal limit, BigDecimal usagePercent,
            AlertWording wording) {
        return category + ": " + wording.percent(usagePercent) + " of the " + wording.money(limit) + " budget spent in "
                + wording.month(month) + ".";
    }

    /** warning at 90 %, critical once over budget */
    public String severity() {
        return threshold >= 100 ? "critical" : "warning";
    }
}
