package org.kiloguardian.habits.stats;

import java.time.LocalDate;

import org.kiloguardian.habits.completion.CompletionStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One day of a habit's history. {@code due} says whether the schedule expects the habit that day;
 * {@code status} and {@code note} are absent for a day with nothing recorded.
 */
public record HistoryDay(LocalDate date, int count, boolean done, boolean due,
        @JsonInclude(JsonInclude.Include.NON_NULL) CompletionStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) {
}
