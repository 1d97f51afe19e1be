package org.kiloguardian.habits.completion;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One habit on one household-local date. */
@Embeddable
public record CompletionId(@Column(name = "habit_id") Long habitId, @Column(name = "day") LocalDate day)
        implements Serializable {
}
