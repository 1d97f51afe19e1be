package org.kiloguardian.financial.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kiloguardian.financial.money.Money;

public record ContributionView(Long id, Long goalId, LocalDate date, BigDecimal amount, String note) {

    static ContributionView of(Contribution c) {
        return new ContributionView(c.id, c.goal.id, c.date, Money.shown(c.amount), c.note);
    }
}
