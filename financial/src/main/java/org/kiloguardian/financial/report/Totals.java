package org.kiloguardian.financial.report;

import java.math.BigDecimal;

import org.kiloguardian.financial.money.Money;

/** Money in, money out (as a positive number) and the difference. */
public record Totals(BigDecimal income, BigDecimal expense, BigDecimal net) {

    static Totals of(BigDecimal income, BigDecimal expense) {
        BigDecimal in = Money.orZero(income);
        BigDecimal out = Money.orZero(expense);
        return new Totals(Money.shown(in), Money.shown(out), Money.shown(in.subtract(out)));
    }
}
