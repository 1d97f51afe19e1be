package org.kiloguardian.meds.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * When a medication is taken: fixed times of day (every day or on some weekdays), every N hours,
 * or as needed with limits; always within a start date and an optional end date. It turns into
 * concrete occurrences in the household's time zone, so a day is cut at the household's midnight.
 */
@Embeddable
public class DoseSchedule {

    @Convert(converter = TimesOfDayConverter.class)
    @Column(name = "times", nullable = false, length = 500)
    public List<LocalTime> times = new ArrayList<>();

    @Convert(converter = WeekdaysConverter.class)
    @Column(name = "weekdays", nullable = false, length = 100)
    public Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "every_hours")
    public Integer everyHours;

    @Column(name = "as_needed", nullable = false)
    public boolean asNeeded;

    @Column(name = "min_interval_hours")
    public Integer minIntervalHours;

    @Column(name = "max_per_day")
    public Integer maxPerDay;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** True when the medication has scheduled doses (everything but as-needed). */
    public boolean isScheduled() {
        return !asNeeded;
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    /**
     * The scheduled doses of one household day, in time order. A time that falls into a DST gap is
     * moved forward by the gap (02:30 becomes 03:30); in a DST overlap the earlier instant counts.
     * Every-N-hours doses keep real N-hour intervals across DST, counted from the start date.
     */
    public List<Instant> occurrencesOn(LocalDate day, ZoneId zone) {
        if (asNeeded || !coversDay(day)) {
            return List.of();
        }
        TreeSet<Instant> found = new TreeSet<>();
        if (everyHours != null) {
            Instant anchor = ZonedDateTime.of(startDate, firstTime(), zone).toInstant();
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            Duration step = Duration.ofHours(everyHours);
            long steps = Math.max(0, ceilDiv(Duration.between(anchor, dayStart).toSeconds(), step.toSeconds()));
            for (Instant at = anchor.plus(step.multipliedBy(steps)); at.isBefore(dayEnd); at = at.plus(step)) {
                found.add(at);
            }
        } else if (weekdays.isEmpty() || weekdays.contains(day.getDayOfWeek())) {
            for (LocalTime time : times) {
                found.add(ZonedDateTime.of(day, time, zone).toInstant());
            }
        }
        return List.copyOf(found);
    }

    /** The scheduled doses of the household days from {@code from} to {@code to}, both included. */
    public List<Instant> occurrencesBetween(LocalDate from, LocalDate to, ZoneId zone) {
        List<Instant> found = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            found.addAll(occurrencesOn(day, zone));
        }
        return found;
    }

    /** True when {@code at} is one of the scheduled doses. */
    public boolean isOccurrence(Instant at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return occurrencesOn(day, zone).contains(at);
    }

    /** Average scheduled doses per day (weekday schedules spread over the week); 0 for as-needed. */
    public BigDecimal dosesPerDay() {
        if (asNeeded) {
            return BigDecimal.ZERO;
        }
        if (everyHours != null) {
            return BigDecimal.valueOf(24).divide(BigDecimal.valueOf(everyHours), 4, RoundingMode.HALF_UP);
        }
        BigDecimal perScheduledDay = BigDecimal.valueOf(times.size());
        if (weekdays.isEmpty()) {
            return perScheduledDay;
        }
        return perScheduledDay.multiply(BigDecimal.valueOf(weekdays.size())).divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_UP);
    }

    /** A short text for people and for the old clients' {@code frequency} field. */
    public String describe() {
        if (asNeeded) {
            StringBuilder text = new StringBuilder("as needed");
            List<String> limits = new ArrayList<>();
            if (minIntervalHours != null) {
                limits.add("at least " + minIntervalHours + " h apart");
            }
            if (maxPerDay != null) {
                limits.add("at most " + maxPerDay + " a day");
            }
            if (!limits.isEmpty()) {
                text.append(" (").append(String.join(", ", limits)).append(')');
            }
            return text.toString();
        }
        if (everyHours != null) {
            return "every " + everyHours + " hours from " + TimesOfDayConverter.format(firstTime());
        }
        String at = times.stream().map(TimesOfDayConverter::format).collect(Collectors.joining(", "));
        if (weekdays.isEmpty()) {
            return "daily at " + at;
        }
        String days = weekdays.stream().map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        return "on " + days + " at " + at;
    }

    private LocalTime firstTime() {
        return times.isEmpty() ? LocalTime.MIDNIGHT : times.get(0);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
