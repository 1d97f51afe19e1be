package org.kiloguardian.habits.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.event.HabitCompleted;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.habits.event.HabitUpdated;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.stats.HabitStatsService;
import org.kiloguardian.habits.stats.HistoryDay;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.habits.today.TodayEntry;
import org.kiloguardian.habits.today.TodayService;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;
import org.kiloguardian.rest.error.NotFound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CompletionServiceTest {

    @Inject
    HabitService habits;
    @Inject
    CompletionService completions;
    @Inject
    HabitStatsService stats;
    @Inject
    TodayService today;
    @Inject
    RecordedEvents events;
    @Inject
    HouseholdClock clock;

    @Test
    void completeAddsOneUndoTakesTheLastBackAndDoneMeansTargetReached() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Water")).withTargetCount(2));

        assertThat(completions.complete(habit.id(), null)).extracting(DayState::count, DayState::done).containsExactly(1, false);
        DayState twice = completions.complete(habit.id(), CompletionRequest.TODAY_ONCE);
        assertThat(twice.count()).isEqualTo(2);
        assertThat(twice.done()).isTrue();
        assertThat(twice.status()).isEqualTo(CompletionStatus.COMPLETED);

        assertThat(completions.undo(habit.id(), LocalDate.of(2026, 6, 15))).extracting(DayState::count, DayState::done)
                .containsExactly(1, false);
        assertThat(completions.undo(habit.id(), LocalDate.of(2026, 6, 15)).count()).isZero();
        assertThatThrownBy(() -> completions.undo(habit.id(), LocalDate.of(2026, 6, 15)))
                .as("nothing left to undo").isInstanceOf(NotFound.class);
        assertThat(stats.history(habit.id(), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15)))
                .singleElement().satisfies(day -> {
                    assertThat(day.count()).isZero();
                    assertThat(day.status()).isNull();
                });

        assertThat(events.of(HabitEvent.class, e -> e.habitId() == habit.id())).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("HabitCreated", "HabitCompleted", "HabitCompleted", "HabitUpdated", "HabitUpdated");
        HabitEvent secondCompletion = events.of(HabitEvent.class, e -> e.habitId() == habit.id()).get(2);
        assertThat(secondCompletion).isEqualTo(new HabitCompleted(habit.id(), habit.name(), LocalDate.of(2026, 6, 15), 2, true,
                clock.instant(), null, null));
    }

    @Test
    void completionsCanBeBackdatedWithCountAndNoteButNeverInTheFuture() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Push-ups")));

        DayState backdated = completions.complete(habit.id(), new CompletionRequest(LocalDate.of(2026, 6, 10), 3, "sore"));
        assertThat(backdated).isEqualTo(new DayState(habit.id(), LocalDate.of(2026, 6, 10), 3, 1, true, CompletionStatus.COMPLETED, "sore"));

        assertThatThrownBy(() -> completions.complete(habit.id(), CompletionRequest.on(LocalDate.of(2026, 6, 16))))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .singleElement().extracting(v -> v.getPropertyPath().toString()).asString().endsWith(".date"));
        assertThat(stats.history(habit.id(), LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 16)))
                .singleElement().extracting(HistoryDay::count).isEqualTo(0);
    }

    /** A zone behind UTC: at 23:30 local it is already tomorrow in UTC; the completion belongs to today. */
    @Test
    void dayIsCutAtHouseholdMidnightNotUtc() {
        clock.at("America/New_York", "2026-11-28T09:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Journal")));

        clock.at("America/New_York", "2026-11-28T23:30"); // 2026-11-29T04:30Z
        DayState late = completions.complete(habit.id(), null);
        assertThat(late.date()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(entryOf(habit.id()).completedToday()).isEqualTo(1);

        clock.at("America/New_York", "2026-11-29T00:30");
        assertThat(entryOf(habit.id()).completedToday()).as("a new household day").isZero();
        assertThat(stats.stats(habit.id()).currentStreak()).isEqualTo(1);

        // ahead of UTC: at 00:30 local it is still yesterday in UTC
        clock.at("Europe/Berlin", "2026-11-30T00:30"); // 2026-11-29T23:30Z
        assertThat(completions.complete(habit.id(), null).date()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void skipExcusesTheDayAndCanBeUndone() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Run")));

        DayState skipped = completions.skip(habit.id(), new SkipRequest(null, "rain"));
        assertThat(skipped.status()).isEqualTo(CompletionStatus.SKIPPED);
        assertThat(skipped.note()).isEqualTo("rain");
        TodayEntry entry = entryOf(habit.id());
        assertThat(entry.skipped()).isTrue();
        assertThat(entry.done()).isFalse();
        assertThat(events.of(HabitEvent.class, e -> e.habitId() == habit.id())).last().isInstanceOf(HabitUpdated.class);

        assertThat(completions.undo(habit.id(), LocalDate.of(2026, 6, 15)).status()).as("the skip is taken back").isNull();
        assertThat(entryOf(habit.id()).skipped()).isFalse();
    }

    @Test
    void archivedHabitsTakeNoProgressAndUnknownOnesAreNotFound() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Old habit")));
        habits.archive(habit.id());

        assertThatThrownBy(() -> completions.complete(habit.id(), null)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> completions.complete(987_654_321L, null)).isInstanceOf(NotFound.class);
        assertThat(today.today()).extracting(TodayEntry::id).doesNotContain(habit.id());
    }

    /** Events are fired inside the service's transaction: when it rolls back, no observer hears of them. */
    @Test
    void aRolledBackCompletionWritesNothingAndPushesNothing() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Rolled back")));
        int before = events.of(HabitEvent.class, e -> e.habitId() == habit.id()).size();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            completions.complete(habit.id(), null);
            throw new IllegalStateException("the caller's transaction fails after the completion");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(completions.day(habit.id(), LocalDate.of(2026, 6, 15)).count()).isZero();
        assertThat(events.of(HabitEvent.class, e -> e.habitId() == habit.id())).hasSize(before);
    }

    @Test
    void aWeeklyHabitLeavesTodaysListOnceTheWeeksQuotaIsMet() {
        clock.at("Europe/Berlin", "2026-06-15T08:00"); // a Monday
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Swim")).withSchedule(Schedule.timesPerWeek(2)));
        completions.complete(habit.id(), null);
        assertThat(entryOf(habit.id())).extracting(TodayEntry::periodCompleted, TodayEntry::periodTarget).containsExactly(1, 2);

        clock.at("2026-06-16T08:00");
        completions.complete(habit.id(), null);
        assertThat(entryOf(habit.id())).extracting(TodayEntry::done, TodayEntry::periodCompleted).containsExactly(true, 2);

        clock.at("2026-06-17T08:00");
        assertThat(today.today()).extracting(TodayEntry::id).doesNotContain(habit.id());
        clock.at("2026-06-22T08:00"); // next week
        assertThat(entryOf(habit.id()).periodCompleted()).isZero();
    }

    @Test
    void aMonthlyHabitCountsTheMonthsEarlierDaysWhileADailyOneCountsToday() {
        clock.at("Europe/Berlin", "2026-06-01T08:00");
        HabitView monthly = habits.create(HabitRequest.named(UniqueNames.of("Call grandma")).withSchedule(Schedule.timesPerMonth(3)));
        HabitView daily = habits.create(HabitRequest.named(UniqueNames.of("Stretch")));
        completions.complete(monthly.id(), null);
        completions.complete(daily.id(), null);
        clock.at("2026-06-10T08:00");
        completions.complete(monthly.id(), null);

        clock.at("2026-06-20T08:00");
        assertThat(entryOf(monthly.id())).extracting(TodayEntry::periodCompleted, TodayEntry::completedToday).containsExactly(2, 0);
        assertThat(entryOf(daily.id())).extracting(TodayEntry::completedToday, TodayEntry::done).containsExactly(0, false);
    }

    @Test
    void aHabitWithSeveralWeekdaysAndReminderTimesIsOnTheListOnceWithAllOfThem() {
        clock.at("Europe/Berlin", "2026-06-15T08:00"); // a Monday
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Piano"))
                .withSchedule(Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))
                .withReminderTimes(List.of(LocalTime.of(18, 0), LocalTime.of(7, 30))));

        assertThat(today.today()).filteredOn(e -> e.id() == habit.id()).singleElement()
                .extracting(TodayEntry::reminderTimes).isEqualTo(List.of(LocalTime.of(7, 30), LocalTime.of(18, 0)));
    }

    private TodayEntry entryOf(long habitId) {
        return today.today().stream().filter(e -> e.id() == habitId).findFirst().orElseThrow();
    }
}
