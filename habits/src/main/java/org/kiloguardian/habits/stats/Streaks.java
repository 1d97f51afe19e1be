package org.kiloguardian.habits.stats;

import java.time.LocalDate;
import java.util.List;

import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.schedule.SchedulePeriod;

/**
 * Streaks counted in the habit's own periods: days for daily and weekday schedules, weeks or months
 * for "N times per" schedules. A period succeeds when it has as many done days as the schedule asks;
 * skipped days excuse a period instead of breaking the streak; the running period only ever adds.
 */
public record Streaks(int current, int longest) {

    /** Streaks over the habit's life from {@code start} to {@code end} (today, or the day it was archived). */
    public static Streaks of(Schedule schedule, DayLog log, LocalDate start, LocalDate end) {
        List<PeriodOutcome> outcomes = schedule.periodsBetween(start, end).stream()
                .map(period -> judge(period, log, start, end))
                .toList();
        int longest = 0;
        int run = 0;
        for (PeriodOutcome outcome : outcomes) {
            if (outcome == PeriodOutcome.SUCCESS) {
                longest = Math.max(longest, ++run);
            } else if (outcome == PeriodOutcome.FAILED) {
                run = 0;
            }
        }
        int current = 0;
        for (int i = outcomes.size() - 1; i >= 0 && outcomes.get(i) != PeriodOutcome.FAILED; i--) {
            if (outcomes.get(i) == PeriodOutcome.SUCCESS) {
                current++;
            }
        }
        return new Streaks(current, longest);
    }

    static PeriodOutcome judge(SchedulePeriod period, DayLog log, LocalDate start, LocalDate end) {
        LocalDate from = period.first().isBefore(start) ? start : period.first();
        LocalDate to = period.last().isAfter(end) ? end : period.last();
        int done = 0;
        int excused = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (log.done(day)) {
                done++;
            } else if (log.excused(day)) {
                excused++;
            }
        }
        if (done >= period.required()) {
            return PeriodOutcome.SUCCESS;
        }
        if (!period.last().isBefore(end) || period.first().isBefore(start)) {
            return PeriodOutcome.OPEN;
        }
        return done + excused >= period.required() ? PeriodOutcome.EXCUSED : PeriodOutcome.FAILED;
    }
}
