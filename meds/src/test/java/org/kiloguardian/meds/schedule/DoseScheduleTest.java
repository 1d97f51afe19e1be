package org.kiloguardian.meds.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Occurrences in the household zone, across DST changes (Europe/Berlin: 29 March and 25 October 2026). */
class DoseScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dailyTimesKeepTheirWallClockTimeAcrossTheSpringChange() {
        DoseSchedule schedule = times(LocalDate.of(2026, 3, 1), "01:30", "02:30", "08:00");

        List<Instant> occurrences = schedule.occurrencesOn(LocalDate.of(2026, 3, 29), BERLIN);

        // 02:30 does not exist that night: it moves forward by the gap, to 03:30 summer time
        assertThat(occurrences)
                .isEqualTo(List.of(at("2026-03-29T01:30+01:00"), at("2026-03-29T03:30+02:00"), at("2026-03-29T08:00+02:00")));
    }

    @Test
    void anAmbiguousAutumnTimeCountsOnce() {
        DoseSchedule schedule = times(LocalDate.of(2026, 10, 1), "02:30", "20:00");

        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 10, 25), BERLIN))
                .isEqualTo(List.of(at("2026-10-25T02:30+02:00"), at("2026-10-25T20:00+01:00")));
    }

    @Test
    void everyNHoursKeepsRealIntervalsOverTheLongAutumnDay() {
        DoseSchedule schedule = times(LocalDate.of(2026, 10, 24), "00:00");
        schedule.everyHours = 6;

        // the day has 25 hours: five doses, and after the change they fall an hour earlier on the wall clock
        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 10, 25), BERLIN))
                .isEqualTo(List.of(at("2026-10-25T00:00+02:00"), at("2026-10-25T05:00+01:00"), at("2026-10-25T11:00+01:00"),
                at("2026-10-25T17:00+01:00"), at("2026-10-25T23:00+01:00")));
        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 10, 24), BERLIN)).hasSize(4);
    }

    @Test
    void weekdaysStartAndEndDatesLimitTheDays() {
        DoseSchedule schedule = times(LocalDate.of(2026, 11, 2), "08:00");
        schedule.weekdays = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        schedule.endDate = LocalDate.of(2026, 11, 12);

        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 11, 2), BERLIN)).hasSize(1); // Monday
        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 11, 3), BERLIN)).isEmpty(); // Tuesday
        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 11, 12), BERLIN)).hasSize(1); // Thursday, last day
        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 11, 16), BERLIN)).isEmpty(); // after the end
        assertThat(schedule.occurrencesOn(LocalDate.of(2026, 10, 29), BERLIN)).isEmpty(); // before the start
        assertThat(schedule.dosesPerDay()).isEqualByComparingTo(new BigDecimal("0.2857"));
        assertThat(schedule.describe()).isEqualTo("on Mon, Thu at 08:00");
    }

    private static DoseSchedule times(LocalDate start, String... times) {
        DoseSchedule schedule = new DoseSchedule();
        schedule.startDate = start;
        schedule.times = new java.util.ArrayList<>(java.util.Arrays.stream(times).map(LocalTime::parse).toList());
        return schedule;
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
