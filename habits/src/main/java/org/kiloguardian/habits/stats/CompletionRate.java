package org.kiloguardian.habits.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.kiloguardian.habits.schedule.Schedule;

/**
 * The share of what the schedule asked for over the last N days (today included) that was done,
 * from 0 to 1. Each day the habit existed asks for its share of a period (1 on a due day of a daily
 * or weekday schedule, 3/7 of a day for "3 times a week"); skipped days and today, unless already
 * done, ask for nothing. Null when nothing was asked yet.
 */
public final class CompletionRate {

    private CompletionRate() {
    }

    public static BigDecimal over(int days, Schedule schedule, DayLog log, LocalDate start, LocalDate today) {
        LocalDate first = today.minusDays(days - 1L);
        if (first.isBefore(start)) {
            first = start;
        }
        double expected = 0;
        int achieved = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            double share = schedule.expectedShareOf(day);
            if (share == 0) {
                continue;
            }
            if (log.done(day)) {
                achieved++;
                expected += share;
            } else if (!log.excused(day) && !day.equals(today)) {
                expected += share;
            }
        }
        if (expected == 0) {
            return null;
        }
        return BigDecimal.valueOf(Math.min(1.0, achieved / expected)).setScale(3, RoundingMode.HALF_UP);
    }
}
