package org.kiloguardian.habits.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.completion.SkipRequest;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.rest.error.InvalidInput;
import org.kiloguardian.testsupport.HouseholdClock;

import io.quarkus.test.junit.QuarkusTest;

/** Streaks and rates on the real database, moving the household clock day by day. */
@QuarkusTest
class StreaksAndRatesTest {

    private static final String BERLIN = "Europe/Berlin";
    private static final String NEW_YORK = "America/New_York";

    @Inject
    HabitService habits;
    @Inject
    CompletionService completions;
    @Inject
    HabitStatsService stats;
    @Inject
    HouseholdClock clock;

    @Test
    void dailyStreakRunsAcrossAMonthBoundaryAndBreaksOnAMissedDay() {
        long id = createAt(BERLIN, "2026-01-29T08:00", Schedule.DAILY, 1);
        for (String day : List.of("2026-01-29", "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02")) {
            clock.at(day + "T23:30");
            completions.complete(id, null);
        }
        assertStreaks(id, 5, 5, "day");

        clock.at("2026-02-03T12:00");
        assertStreaks(id, 5, 5, "day"); // today is still open
        clock.at("2026-02-04T12:00");
        assertStreaks(id, 0, 5, "day"); // 2026-02-03 was missed
    }

    @Test
    void dailyStreakRunsAcrossTheYearBoundary() {
        long id = createAt(BERLIN, "2026-12-30T07:00", Schedule.DAILY, 1);
        for (String day : List.of("2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02")) {
            clock.at(day + "T00:30"); // just after local midnight: still the previous day in UTC
            completions.complete(id, null);
        }
        assertStreaks(id, 4, 4, "day");
    }

    /** New York falls back on 2026-11-01 (a 25-hour day) and springs forward on 2027-03-14 (23 hours). */
    @Test
    void dailyStreakSurvivesDaylightSavingChangesAtLateEveningCompletions() {
        long id = createAt(NEW_YORK, "2026-10-30T07:00", Schedule.DAILY, 1);
        for (String day : List.of("2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02")) {
            clock.at(day + "T23:30");
            completions.complete(id, null);
        }
        assertStreaks(id, 4, 4, "day");
        assertThat(stats.history(id, LocalDate.parse("2026-10-30"), LocalDate.parse("2026-11-02")))
                .extracting(HistoryDay::count).containsExactly(1, 1, 1, 1);

        long spring = createAt(BERLIN, "2027-03-27T07:00", Schedule.DAILY, 1); // Berlin: 2027-03-28 has 23 hours
        for (String moment : List.of("2027-03-27T23:30", "2027-03-28T00:30", "2027-03-28T03:30", "2027-03-29T00:10")) {
            clock.at(moment);
            completions.complete(spring, null);
        }
        assertThat(stats.history(spring, LocalDate.parse("2027-03-27"), LocalDate.parse("2027-03-29")))
                .extracting(HistoryDay::count).containsExactly(1, 2, 1);
        assertStreaks(spring, 3, 3, "day");
    }

    @Test
    void skippedDaysDoNotBreakADailyStreak() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.DAILY, 1);
        completeOn(id, "2026-06-01", "2026-06-02", "2026-06-04", "2026-06-05");
        completions.skip(id, SkipRequest.on(LocalDate.parse("2026-06-03")));
        clock.at("2026-06-05T20:00");
        assertStreaks(id, 4, 4, "day");
    }

    @Test
    void weekdayScheduleCountsOnlyItsDays() {
        // 2026-06-01 is a Monday
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1);
        completeOn(id, "2026-06-01", "2026-06-03", "2026-06-05", "2026-06-08");
        clock.at("2026-06-09T20:00"); // a Tuesday: a day off, nothing is missing
        assertStreaks(id, 4, 4, "day");
        clock.at("2026-06-11T08:00"); // Thursday: Wednesday the 10th was missed
        assertStreaks(id, 0, 4, "day");
    }

    @Test
    void threeTimesAWeekCountsSuccessfulWeeksAndSkipsExcuseAWeek() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.timesPerWeek(3), 1);
        completeOn(id, "2026-06-01", "2026-06-03", "2026-06-05"); // week 23: 3 of 3
        completeOn(id, "2026-06-09", "2026-06-11");               // week 24: 2 done ...
        completeOn(id, "2026-06-15", "2026-06-16", "2026-06-17"); // week 25: 3 of 3
        completions.skip(id, SkipRequest.on(LocalDate.parse("2026-06-13"))); // week 24 ... and 1 skipped: excused
        completeOn(id, "2026-06-22");                             // week 26: running
        clock.at("2026-06-24T12:00");
        assertStreaks(id, 2, 2, "week");

        completeOn(id, "2026-06-23", "2026-06-24");
        clock.at("2026-06-24T13:00");
        assertStreaks(id, 3, 3, "week");

        clock.at("2026-07-07T12:00"); // week 27 (Jun 29 - Jul 5) had nothing: broken
        assertStreaks(id, 0, 3, "week");
    }

    @Test
    void aWeekShortOfItsTargetBreaksTheWeeklyStreak() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.timesPerWeek(3), 1);
        completeOn(id, "2026-06-01", "2026-06-02", "2026-06-03");
        completeOn(id, "2026-06-08", "2026-06-09");
        completeOn(id, "2026-06-15", "2026-06-16", "2026-06-17");
        clock.at("2026-06-18T12:00");
        assertStreaks(id, 1, 1, "week");
    }

    /** ISO week 53 of 2026 runs from Monday 2026-12-28 to Sunday 2027-01-03. */
    @Test
    void aWeekSpanningTheNewYearIsOneWeek() {
        long id = createAt(BERLIN, "2026-12-21T08:00", Schedule.timesPerWeek(2), 1);
        completeOn(id, "2026-12-21", "2026-12-24");
        completeOn(id, "2026-12-31", "2027-01-02");
        clock.at("2027-01-04T09:00");
        assertStreaks(id, 2, 2, "week");
    }

    @Test
    void timesPerMonthCountsSuccessfulMonths() {
        long id = createAt(BERLIN, "2026-01-15T08:00", Schedule.timesPerMonth(2), 1);
        completeOn(id, "2026-01-20", "2026-01-31");
        completeOn(id, "2026-02-01", "2026-02-28");
        completeOn(id, "2026-03-10");                // March: 1 of 2, broken
        completeOn(id, "2026-04-01", "2026-04-30");
        clock.at("2026-05-10T12:00");                // May is running, nothing yet
        assertStreaks(id, 1, 2, "month");
    }

    @Test
    void aMonthlyStreakRunsAcrossTheYearBoundary() {
        long id = createAt(BERLIN, "2026-11-03T08:00", Schedule.timesPerMonth(1), 1);
        completeOn(id, "2026-11-03", "2026-12-31", "2027-01-01");
        clock.at("2027-01-02T08:00");
        assertStreaks(id, 3, 3, "month");
    }

    @Test
    void doneNeedsTheTargetCountForStreaks() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.DAILY, 2);
        completeOn(id, "2026-06-01", "2026-06-01", "2026-06-02");
        clock.at("2026-06-03T08:00");
        assertStreaks(id, 0, 1, "day");
    }

    @Test
    void ratesShareWhatWasDoneOfWhatWasDue() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.DAILY, 1);
        // June 1..10 past, today June 11 not done yet: 10 due days, 6 done, one of the others skipped
        completeOn(id, "2026-06-01", "2026-06-02", "2026-06-04", "2026-06-06", "2026-06-08", "2026-06-10");
        completions.skip(id, SkipRequest.on(LocalDate.parse("2026-06-09")));
        clock.at("2026-06-11T08:00");

        HabitStats stats = this.stats.stats(id);
        // last 7 days: June 5..11; today open, 9th skipped -> due 5, 10th, 8th, 6th done -> 3/5
        assertThat(stats.rate7()).isEqualByComparingTo("0.600");
        // 30 and 90 days reach back to the start: due 9 (10 days minus the skip), done 6
        assertThat(stats.rate30()).isEqualByComparingTo("0.667");
        assertThat(stats.rate90()).isEqualByComparingTo("0.667");

        completions.complete(id, null);
        assertThat(this.stats.stats(id).rate7()).as("today counts once done").isEqualByComparingTo("0.667");
    }

    @Test
    void weeklyRateComparesDoneDaysWithTheWeeksShare() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.timesPerWeek(2), 1);
        completeOn(id, "2026-06-02", "2026-06-05");
        clock.at("2026-06-08T08:00"); // a full week behind, today open
        HabitStats stats = this.stats.stats(id);
        assertThat(stats.rate7()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(stats.currentStreak()).isEqualTo(1);
    }

    @Test
    void aNewHabitHasNoRateYet() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.DAILY, 1);
        HabitStats stats = this.stats.stats(id);
        assertThat(stats.rate7()).isNull();
        assertThat(stats.currentStreak()).isZero();
    }

    @Test
    void historyListsEveryDayOfTheRange() {
        long id = createAt(BERLIN, "2026-06-01T08:00", Schedule.weekdays(DayOfWeek.MONDAY), 1);
        completions.complete(id, new CompletionRequest(LocalDate.parse("2026-06-01"), 1, "first"));
        clock.at("2026-06-10T08:00");

        List<HistoryDay> days = stats.history(id, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-08"));
        assertThat(days).hasSize(8);
        assertThat(days.get(0)).extracting(HistoryDay::done, HistoryDay::due, HistoryDay::note).containsExactly(true, true, "first");
        assertThat(days.get(1)).extracting(HistoryDay::done, HistoryDay::due).containsExactly(false, false);
        assertThat(days.get(7)).extracting(HistoryDay::date, HistoryDay::due).containsExactly(LocalDate.parse("2026-06-08"), true);
        assertThat(stats.history(id, null, null)).hasSize(HabitStatsService.DEFAULT_HISTORY_DAYS)
                .last().extracting(HistoryDay::date).isEqualTo(LocalDate.parse("2026-06-10"));

        assertThatThrownBy(() -> stats.history(id, LocalDate.parse("2026-06-08"), LocalDate.parse("2026-06-01")))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("from:");
        assertThatThrownBy(() -> stats.history(id, LocalDate.parse("2025-01-01"), LocalDate.parse("2026-06-01")))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("to:");
    }

    private long createAt(String zone, String localDateTime, Schedule schedule, int targetCount) {
        clock.at(zone, localDateTime);
        return habits.create(HabitRequest.named(UniqueNames.of("Streak")).withSchedule(schedule).withTargetCount(targetCount)).id();
    }

    /** Completes once on each date, recorded at 21:00 local that day. */
    private void completeOn(long id, String... days) {
        for (String day : days) {
            clock.at(day + "T21:00");
            completions.complete(id, null);
        }
    }

    private void assertStreaks(long id, int current, int longest, String unit) {
        HabitStats stats = this.stats.stats(id);
        assertThat(stats.currentStreak()).as("current streak").isEqualTo(current);
        assertThat(stats.longestStreak()).as("longest streak").isEqualTo(longest);
        assertThat(stats.streakUnit()).isEqualTo(unit);
    }
}
