package org.kiloguardian.habits.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.completion.SkipRequest;
import org.kiloguardian.habits.habit.HabitRequest;
import org.kiloguardian.habits.habit.HabitService;
import org.kiloguardian.habits.habit.HabitView;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.PlainThread;
import org.kiloguardian.testsupport.SqlStatements;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The checklist is read from the database once between two changes, and every kind of change shows
 * on the very next read, even in a request whose session already holds the habits from before it
 * (a test method runs in one request context, as a long UI request does).
 */
@QuarkusTest
class KeptChecklistTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Inject
    HabitService habits;
    @Inject
    CompletionService completions;
    @Inject
    TodayService today;
    @Inject
    KeptChecklist kept;
    @Inject
    HouseholdClock clock;
    @Inject
    EntityManagerFactory entityManagers;

    @Test
    void aSecondReadNeedsNoStatementAndAFirstOneAFewWhateverTheNumberOfHabits() throws Exception {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        addHabits(3);
        long firstRead = SqlStatements.during(entityManagers, () -> today.today());
        long secondRead = SqlStatements.during(entityManagers, () -> today.today());
        addHabits(6);
        long firstReadOfMore = SqlStatements.during(entityManagers, () -> today.today());

        assertThat(firstRead).as("the first read after a change reads the database").isPositive();
        assertThat(secondRead).as("the next one is served from the kept list").isZero();
        assertThat(firstReadOfMore).as("statements of a read with 3 and with 9 more habits").isEqualTo(firstRead);
    }

    @Test
    void everyKindOfChangeShowsOnTheNextRead() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Walk")));
        assertThat(entry(habit)).as("created").extracting(TodayEntry::completedToday).isEqualTo(0);

        completions.complete(habit.id(), null);
        assertThat(entry(habit)).as("completed").extracting(TodayEntry::done).isEqualTo(true);
        completions.undo(habit.id(), DAY);
        assertThat(entry(habit)).as("undone").extracting(TodayEntry::done).isEqualTo(false);
        completions.skip(habit.id(), SkipRequest.TODAY);
        assertThat(entry(habit)).as("skipped").extracting(TodayEntry::skipped).isEqualTo(true);

        String renamed = UniqueNames.of("Long walk");
        habits.replace(habit.id(), HabitRequest.named(renamed).withTargetCount(2));
        assertThat(entry(habit)).as("edited").extracting(TodayEntry::name, TodayEntry::targetCount).containsExactly(renamed, 2);

        habits.archive(habit.id());
        assertThat(today.today()).as("archived").extracting(TodayEntry::id).doesNotContain(habit.id());
        HabitView other = habits.create(HabitRequest.named(UniqueNames.of("Read")));
        assertThat(entry(other)).as("another created").isNotNull();
        habits.purge(other.id());
        assertThat(today.today()).as("purged").extracting(TodayEntry::id).doesNotContain(other.id());
    }

    @Test
    void theNextDayIsReadAfresh() {
        clock.at("Europe/Berlin", "2026-06-15T08:00");
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Floss")));
        completions.complete(habit.id(), null);
        assertThat(entry(habit).done()).isTrue();

        clock.at("Europe/Berlin", "2026-06-16T00:05");
        assertThat(entry(habit).done()).as("a new day, nothing done yet").isFalse();
    }

    @Test
    void aListReadWhileAChangeCommittedIsNotKept() {
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Stretch")));
        List<TodayEntry> readBeforeTheChange = List.of();
        kept.of(DAY, () -> {
            call(() -> completions.complete(habit.id(), null)); // commits while this read is under way
            return readBeforeTheChange;
        });
        List<TodayEntry> afterTheChange = List.of(new TodayEntry(habit.id(), habit.name(), 1, 1, true, false, List.of(), null, null, null, null));

        assertThat(kept.of(DAY, () -> afterTheChange)).as("the read that overlapped the change is read again").isEqualTo(afterTheChange);
    }

    private TodayEntry entry(HabitView habit) {
        return today.today().stream().filter(entry -> entry.id() == habit.id()).findFirst().orElse(null);
    }

    private void addHabits(int count) {
        for (int i = 0; i < count; i++) {
            HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Habit")));
            completions.complete(habit.id(), null);
        }
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return PlainThread.call(call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
