package org.kiloguardian.habits.habit;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.kiloguardian.owner.KnownPerson;
import org.kiloguardian.habits.schedule.Schedule;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What a client sends to create or replace a habit. Omitted fields take their defaults: a daily
 * schedule, a target of 1, no reminders, shared by the household (no {@code personId});
 * {@code active} omitted keeps the habit as it is (new habits are active).
 */
public record HabitRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1000) String description,
        @Valid Schedule schedule,
        @Min(1) @Max(100) Integer targetCount,
        @Size(max = 24) @JsonFormat(pattern = "HH:mm") List<@NotNull LocalTime> reminderTimes,
        @Positive Long medicationId,
        Boolean active,
        @KnownPerson Long personId) {

    public static HabitRequest named(String name) {
        return new HabitRequest(name, null, null, null, null, null, null, null);
    }

    public HabitRequest withSchedule(Schedule newSchedule) {
        return new HabitRequest(name, description, newSchedule, targetCount, reminderTimes, medicationId, active, personId);
    }

    public HabitRequest withTargetCount(int newTargetCount) {
        return new HabitRequest(name, description, schedule, newTargetCount, reminderTimes, medicationId, active, personId);
    }

    public HabitRequest withReminderTimes(List<LocalTime> newReminderTimes) {
        return new HabitRequest(name, description, schedule, targetCount, newReminderTimes, medicationId, active, personId);
    }

    public HabitRequest withMedicationId(Long newMedicationId) {
        return new HabitRequest(name, description, schedule, targetCount, reminderTimes, newMedicationId, active, personId);
    }

    /** For one person of the household; null: shared. */
    public HabitRequest withPersonId(Long newPersonId) {
        return new HabitRequest(name, description, schedule, targetCount, reminderTimes, medicationId, active, newPersonId);
    }

    static HabitRequest of(Habit habit) {
        return new HabitRequest(habit.name, habit.description, habit.schedule(), habit.targetCount,
                List.copyOf(habit.reminderTimes), habit.medicationId, habit.active, habit.personId);
    }
}
