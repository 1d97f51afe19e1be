package org.kiloguardian.habits.event;

import java.time.Instant;
import java.time.LocalDate;

/** A habit was archived: it stays with its history but is no longer active. */
public record HabitArchived(long habitId, String name, LocalDate date, int completedToday, boolean done, Instant timestamp,
        Long personId, String personName)
        implements HabitEvent {
}
