package org.kiloguardian.habits.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When a habit is due, as the API shows it: {@code {"type":"daily"}},
 * {@code {"type":"weekdays","weekdays":["MONDAY","THURSDAY"]}}, {@code {"type":"timesPerWeek","times":3}}
 * or {@code {"type":"timesPerMonth","times":10}}. Fields a type does not use are ignored on input
 * (so a merge patch can switch types) and left out on output.
 */
@ValidSchedule
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Schedule(
        @NotNull ScheduleType type,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) Set<DayOfWeek> weekdays,
        Integer times) {

    public static final Schedule DAILY = new Schedule(ScheduleType.DAILY, null, null);

    public static Schedule weekdays(DayOfWeek first, DayOfWeek... rest) {
        return new Schedule(ScheduleType.WEEKDAYS, EnumSet.of(first, rest), null);
    }

    public static Schedule timesPerWeek(int times) {
        return new Schedule(ScheduleType.TIMES_PER_WEEK, null, times);
    }

    public static Schedule timesPerMonth(int times) {
        return new Schedule(ScheduleType.TIMES_PER_MONTH, null, times);
    }

    /** The same schedule without the fields its type does not use. */
    public Schedule normalized() {
        return switch (type) {
            case DAILY -> DAILY;
            case WEEKDAYS -> new Schedule(type, EnumSet.copyOf(weekdays), null);
            case TIMES_PER_WEEK, TIMES_PER_MONTH -> new Schedule(type, null, times);
        };
    }

    /**
     * Whether the habit expects to be done on this day. "N times per" habits may be done on any day,
     * so every day counts for them.
     */
    public boolean expects(LocalDate day) {
        return type != ScheduleType.WEEKDAYS || weekdays.contains(day.getDayOfWeek());
    }

    /** The period (day, week or month) a day belongs to, or none for a weekday schedule's day off. */
    public SchedulePeriod periodOf(LocalDate day) {
        return switch (type) {
            case DAILY, WEEKDAYS -> new SchedulePeriod(day, day, 1);
            case TIMES_PER_WEEK -> new SchedulePeriod(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), times);
            case TIMES_PER_MONTH -> new SchedulePeriod(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()),
                    Math.min(times, day.lengthOfMonth()));
        };
    }

    /** Every period that overlaps {@code from..to}, oldest first; weekday schedules skip days off. */
    public List<SchedulePeriod> periodsBetween(LocalDate from, LocalDate to) {
        List<SchedulePeriod> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            SchedulePeriod period = periodOf(day);
            if (expects(day)) {
                periods.add(period);
            }
            day = period.last().plusDays(1);
        }
        return periods;
    }

    /**
     * How many done days a day is expected to contribute on average: 1 on a due day of a daily or
     * weekday schedule, N/7 or N/(days in the month) for the "N times per" schedules.
     */
    public double expectedShareOf(LocalDate day) {
        if (!expects(day)) {
            return 0;
        }
        SchedulePeriod period = periodOf(day);
        long length = period.last().toEpochDay() - period.first().toEpochDay() + 1;
        return (double) period.required() / length;
    }

    /** What a streak of this schedule counts: days, weeks or months. */
    public String streakUnit() {
        return switch (type) {
            case DAILY, WEEKDAYS -> "day";
            case TIMES_PER_WEEK -> "week";
            case TIMES_PER_MONTH -> "month";
        };
    }
}
