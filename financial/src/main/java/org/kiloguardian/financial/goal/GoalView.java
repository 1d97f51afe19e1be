package org.kiloguardian.financial.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kiloguardian.financial.money.Money;

/** {@code progressPercent} may pass 100 when more was saved than targeted; {@code remaining} never goes below 0. */
public record GoalView(Long id, String name, BigDecimal targetAmount, BigDecimal savedAmount, BigDecimal remaining,
        BigDecimal progressPercent, LocalDate deadline, boolean completed) {

    static GoalView of(Goal goal, BigDecimal saved) {
        BigDecimal savedAmount = Money.orZero(saved);
        return new GoalView(goal.id, goal.name, Money.shown(goal.targetAmount), Money.shown(savedAmount),
                Money.shown(goal.targetAmount.subtract(savedAmount).max(BigDecimal.ZERO)),
                Money.percent(savedAmount, goal.targetAmount), goal.deadline, savedAmount.compareTo(goal.targetAmount) >= 0);
    }
}
