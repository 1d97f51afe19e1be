package org.kiloguardian.habits.event;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change to a habit, fired inside the transaction that made it. Observe with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so a rolled-back change pushes nothing.
 * Every event carries the state of one household-local day: the day completed or skipped, else today.
 */
public sealed interface HabitEvent permits HabitCreated, HabitUpdated, HabitCompleted, HabitArchived, HabitPurged {

    long habitId();

    String name();

    /** The household-local day the counts below are for. */
    LocalDate date();

    /** How many times the habit was done on {@link #date()}. */
    int completedToday();

    /** Whether {@link #completedToday()} reaches the habit's target. */
    boolean done();

    Instant timestamp();

    /** The person the habit belongs to; null for a habit shared by the household. */
    Long personId();

    /** That person's name, null for a shared habit. */
    String personName();
}
