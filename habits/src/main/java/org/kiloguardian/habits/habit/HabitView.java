package org.kiloguardian.habits.habit;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.kiloguardian.habits.schedule.Schedule;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A habit as the API and the UI see it; {@code personId} null: shared by the household. */
public record HabitView(
        long id,
        String name,
        String description,
        Schedule schedule,
        int targetCount,
        @JsonFormat(pattern = "HH:mm") List<LocalTime> reminderTimes,
        boolean active,
        Instant archivedAt,
        Long medicationId,
        Long personId,
        Instant createdAt,
        Instant updatedAt) {

    static HabitView of(Habit habit) {
        return new HabitView(habit.id, habit.name, habit.description, habit.schedule(), habit.targetCount,
                List.copyOf(habit.reminderTimes), habit.active, habit.archivedAt, habit.medicationId,
                habit.personId, habit.createdAt, habit.updatedAt);
    }
}
