package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.kiloguardian.financial.money.Money;

/** A bill shows what is owed (positive); a recurring transaction its signed amount. */
public record ScheduleView(Long id, String name, BigDecimal amount, Long accountId, String category, String payee,
        Frequency frequency, Integer dayOfMonth, Integer intervalDays, LocalDate startDate, LocalDate endDate,
        LocalDate nextDue, boolean active) {

    static ScheduleView of(Schedule s) {
        BigDecimal shown = s.kind == ScheduleKind.BILL ? s.amount.abs() : s.amount;
        return new ScheduleView(s.id, s.name, Money.shown(shown), s.account.id, s.category == null ? null : s.category.name,
                s.payee, s.frequency, s.dayOfMonth, s.intervalDays, s.startDate, s.endDate, s.nextDue, s.active);
    }
}
