package org.kiloguardian.habits.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.habits.completion.CompletionRequest;
import org.kiloguardian.habits.completion.CompletionService;
import org.kiloguardian.habits.event.HabitArchived;
import org.kiloguardian.habits.event.HabitCreated;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.habits.event.HabitPurged;
import org.kiloguardian.habits.event.HabitUpdated;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.habits.schedule.ScheduleType;
import org.kiloguardian.habits.stats.HabitStatsService;
import org.kiloguardian.habits.support.UniqueNames;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.testsupport.HouseholdClock;
import org.kiloguardian.testsupport.RecordedEvents;
import org.kiloguardian.rest.error.NotFound;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HabitServiceTest {

    @Inject
    HabitService habits;
    @Inject
    CompletionService completions;
    @Inject
    HabitStatsService stats;
    @Inject
    RecordedEvents events;
    @Inject
    HouseholdClock clock;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void noon() {
        clock.at("Europe/Berlin", "2026-06-15T12:00");
    }

    @Test
    void createsWithDefaultsAndTrimmedName() {
        String name = UniqueNames.of("Drink water");
        HabitView created = habits.create(HabitRequest.named("  " + name + "  "));

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.schedule()).isEqualTo(Schedule.DAILY);
        assertThat(created.targetCount()).isEqualTo(1);
        assertThat(created.active()).isTrue();
        assertThat(created.reminderTimes()).isEmpty();
        assertThat(created.createdAt()).isEqualTo(clock.instant());
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        assertThat(habits.get(created.id())).isEqualTo(created);
    }

    @Test
    void storesScheduleTargetRemindersAndMedicationLink() {
        HabitView created = habits.create(HabitRequest.named(UniqueNames.of("Vitamin D"))
                .withSchedule(Schedule.weekdays(DayOfWeek.FRIDAY, DayOfWeek.MONDAY))
                .withTargetCount(2)
                .withReminderTimes(List.of(LocalTime.of(21, 0), LocalTime.of(7, 30)))
                .withMedicationId(42L));

        HabitView stored = habits.get(created.id());
        assertThat(stored.schedule().type()).isEqualTo(ScheduleType.WEEKDAYS);
        assertThat(stored.schedule().weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(stored.targetCount()).isEqualTo(2);
        assertThat(stored.reminderTimes()).containsExactly(LocalTime.of(7, 30), LocalTime.of(21, 0));
        assertThat(stored.medicationId()).isEqualTo(42L);
        assertThat(habits.forMedication(42L)).extracting(HabitView::id).contains(created.id());
        habits.archive(created.id());
        assertThat(habits.forMedication(42L)).extracting(HabitView::id).doesNotContain(created.id());
    }

    @Test
    void firesCreatedUpdatedArchivedAndPurgedAfterCommit() {
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Stretch")));
        completions.complete(habit.id(), CompletionRequest.TODAY_ONCE);
        habits.replace(habit.id(), HabitRequest.named(habit.name()).withTargetCount(3));
        habits.archive(habit.id());
        habits.archive(habit.id()); // already archived: no second event
        habits.purge(habit.id());

        List<HabitEvent> fired = events.of(HabitEvent.class, e -> e.habitId() == habit.id());
        assertThat(fired).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("HabitCreated", "HabitCompleted", "HabitUpdated", "HabitArchived", "HabitPurged");
        assertThat(fired).allSatisfy(event -> {
            assertThat(event.name()).isEqualTo(habit.name());
            assertThat(event.date()).isEqualTo(LocalDate.of(2026, 6, 15));
            assertThat(event.timestamp()).isEqualTo(clock.instant());
        });
        HabitUpdated updated = (HabitUpdated) fired.get(2);
        assertThat(updated.completedToday()).isEqualTo(1);
        assertThat(updated.done()).as("1 of 3 is not done").isFalse();
        assertThat(fired.get(0)).isInstanceOf(HabitCreated.class);
        assertThat(fired.get(3)).isInstanceOf(HabitArchived.class);
        assertThat(fired.get(4)).isInstanceOf(HabitPurged.class);
    }

    @Test
    void nameIsUniqueAmongActiveHabitsIgnoringCase() {
        String name = UniqueNames.of("Walk");
        HabitView first = habits.create(HabitRequest.named(name));
        int eventsBefore = events.all().size();

        assertThatThrownBy(() -> habits.create(HabitRequest.named(name.toUpperCase())))
                .isInstanceOf(Conflict.class)
                .hasMessageStartingWith("name:");
        assertThat(habits.list(null)).filteredOn(h -> h.name().equalsIgnoreCase(name)).hasSize(1);
        assertThat(events.all()).as("a refused change fires nothing").hasSize(eventsBefore);

        habits.archive(first.id());
        HabitView second = habits.create(HabitRequest.named(name));
        assertThat(second.id()).isNotEqualTo(first.id());

        assertThatThrownBy(() -> habits.patch(first.id(), json.createObjectNode().put("active", true)))
                .as("restoring would make two active habits of one name")
                .isInstanceOf(Conflict.class);
        assertThat(habits.get(first.id()).active()).isFalse();
    }

    @Test
    void rejectsBadFieldsNamingThem() {
        assertThat(violatedFields(() -> habits.create(HabitRequest.named(" ")))).containsExactly("name");
        assertThat(violatedFields(() -> habits.create(HabitRequest.named("x".repeat(101))))).containsExactly("name");
        assertThat(violatedFields(() -> habits.create(HabitRequest.named(UniqueNames.of("Zero")).withTargetCount(0))))
                .containsExactly("targetCount");
        assertThat(violatedFields(() -> habits.create(HabitRequest.named(UniqueNames.of("No days"))
                .withSchedule(new Schedule(ScheduleType.WEEKDAYS, null, null))))).containsExactly("schedule.weekdays");
        assertThat(violatedFields(() -> habits.create(HabitRequest.named(UniqueNames.of("Eight a week"))
                .withSchedule(Schedule.timesPerWeek(8))))).containsExactly("schedule.times");
    }

    @Test
    void patchMergesAndValidatesWithoutHalfWriting() throws Exception {
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Read"))
                .withSchedule(Schedule.timesPerWeek(3))
                .withReminderTimes(List.of(LocalTime.of(20, 0))));

        HabitView patched = habits.patch(habit.id(), json.readTree("""
                {"description": "ten pages", "schedule": {"times": 4}}"""));
        assertThat(patched.description()).isEqualTo("ten pages");
        assertThat(patched.schedule()).isEqualTo(Schedule.timesPerWeek(4));
        assertThat(patched.reminderTimes()).containsExactly(LocalTime.of(20, 0));
        assertThat(patched.name()).isEqualTo(habit.name());

        HabitView switched = habits.patch(habit.id(), json.readTree("""
                {"schedule": {"type": "daily"}, "reminderTimes": null}"""));
        assertThat(switched.schedule()).isEqualTo(Schedule.DAILY);
        assertThat(switched.reminderTimes()).isEmpty();

        var invalid = json.readTree("{\"targetCount\": 0, \"name\": \"\"}");
        assertThat(violatedFields(() -> habits.patch(habit.id(), invalid)))
                .containsExactlyInAnyOrder("name", "targetCount");
        assertThat(habits.get(habit.id())).isEqualTo(switched);
    }

    @Test
    void putReplacesAndArchivingViaActiveFalseFiresArchived() {
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Meditate")).withTargetCount(2));
        HabitView replaced = habits.replace(habit.id(), new HabitRequest(habit.name(), "calm", null, null, null, null, false, null));

        assertThat(replaced.targetCount()).as("omitted fields go back to their defaults").isEqualTo(1);
        assertThat(replaced.active()).isFalse();
        assertThat(replaced.archivedAt()).isEqualTo(clock.instant());
        assertThat(events.of(HabitEvent.class, e -> e.habitId() == habit.id())).last().isInstanceOf(HabitArchived.class);
    }

    @Test
    void purgeDeletesHistoryAndUnknownIdsAreNotFound() {
        HabitView habit = habits.create(HabitRequest.named(UniqueNames.of("Floss")));
        completions.complete(habit.id(), CompletionRequest.TODAY_ONCE);
        habits.purge(habit.id());

        assertThatThrownBy(() -> habits.get(habit.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> stats.history(habit.id(), null, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> habits.archive(987_654_321L)).isInstanceOf(NotFound.class);
    }

    @Test
    void listsByActiveFlag() {
        HabitView active = habits.create(HabitRequest.named(UniqueNames.of("Active one")));
        HabitView archived = habits.create(HabitRequest.named(UniqueNames.of("Archived one")));
        habits.archive(archived.id());

        assertThat(habits.list(true)).extracting(HabitView::id).contains(active.id()).doesNotContain(archived.id());
        assertThat(habits.list(false)).extracting(HabitView::id).contains(archived.id()).doesNotContain(active.id());
        assertThat(habits.list(null)).extracting(HabitView::id).contains(active.id(), archived.id());
    }

    static List<String> violatedFields(Runnable call) {
        try {
            call.run();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream().map(HabitServiceTest::field).toList();
        }
        throw new AssertionError("expected a ConstraintViolationException");
    }

    /** The property path without the method and parameter nodes, as the gateway reports it. */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.replaceFirst("^(create|replace|patch|complete|skip)\\.(body|request|arg\\d)\\.", "");
    }
}
