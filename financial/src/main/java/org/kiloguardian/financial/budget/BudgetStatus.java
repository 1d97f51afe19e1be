package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * How a budget stands in one month. {@code limit} is what may be spent this month: the monthly
 * limit plus {@code rolledOver} from earlier months when rollover is on. {@code spent} is the
 * category's expenses less its refunds in the month (never below zero), first and last day included.
 */
public record BudgetStatus(
        Long budgetId,
        String category,
        YearMonth month,
        BigDecimal limit,
        BigDecimal monthlyLimit,
        BigDecimal rolledOver,
        BigDecimal spent,
        BigDecimal remaining,
        BigDecimal usagePercent,
        boolean overBudget) {
}
