package org.kiloguardian.habits.event;

import java.time.Instant;
import java.time.LocalDate;

/** A habit's settings or one of its days changed (undo, skip, restore from the archive). */
public record HabitUpdated(long habitId, String name, LocalDate date, int completedToday, boolean done, Instant timestamp,
        Long personId, String personName)
        implements HabitEvent {
}
