package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kiloguardian.financial.money.Money;

public record OccurrenceView(Long id, Long scheduleId, String name, LocalDate dueDate, BigDecimal amount,
        OccurrenceStatus status, Long transactionId, LocalDate settledOn) {

    static OccurrenceView of(Occurrence o) {
        BigDecimal shown = o.schedule.kind == ScheduleKind.BILL ? o.amount.abs() : o.amount;
        return new OccurrenceView(o.id, o.schedule.id, o.schedule.name, o.dueDate, Money.shown(shown), o.status,
                o.transactionId, o.settledOn);
    }
}
