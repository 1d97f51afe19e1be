package org.kiloguardian.financial.budget;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.kiloguardian.financial.money.Money;

public record BudgetView(Long id, String category, BigDecimal monthlyLimit, boolean rollover, YearMonth startMonth) {

    static BudgetView of(Budget budget) {
        return new BudgetView(budget.id, budget.category.name, Money.shown(budget.monthlyLimit), budget.rollover,
                YearMonth.from(budget.startsOn));
    }
}
