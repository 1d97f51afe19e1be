package org.kiloguardian.financial.schedule;

import java.time.LocalDate;
import java.time.YearMonth;

/** The due dates of a schedule. */
record Recurrence(Frequency frequency, LocalDate start, Integer dayOfMonth, Integer intervalDays) {

    LocalDate first() {
        if (frequency == Frequency.MONTHLY) {
            LocalDate inStartMonth = onDay(YearMonth.from(start));
            return inStartMonth.isBefore(start) ? onDay(YearMonth.from(start).plusMonths(1)) : inStartMonth;
        }
        return start;
    }

    LocalDate after(LocalDate due) {
        return switch (frequency) {
            case MONTHLY -> onDay(YearMonth.from(due).plusMonths(1));
            case WEEKLY -> due.plusWeeks(1);
            case EVERY_N_DAYS -> due.plusDays(intervalDays);
            // from the start each time, so a 29 February start comes back on 29 February in leap years
            case YEARLY -> start.plusYears(due.getYear() - start.getYear() + 1L);
        };
    }

    private LocalDate onDay(YearMonth month) {
        int day = dayOfMonth != null ? dayOfMonth : start.getDayOfMonth();
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
