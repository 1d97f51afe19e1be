package org.kiloguardian.habits.event;

import java.time.Instant;
import java.time.LocalDate;

/** A habit was done once more on a day. */
public record HabitCompleted(long habitId, String name, LocalDate date, int completedToday, boolean done, Instant timestamp,
        Long personId, String personName)
        implements HabitEvent {
}
