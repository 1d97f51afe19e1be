package org.kiloguardian.habits.event;

import java.time.Instant;
import java.time.LocalDate;

/** A habit was deleted together with its history. */
public record HabitPurged(long habitId, String name, LocalDate date, int completedToday, boolean done, Instant timestamp,
        Long personId, String personName)
        implements HabitEvent {
}
