package org.kiloguardian.habits.completion;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One habit on one day after a change: what the client needs to redraw its checkbox. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DayState(long habitId, LocalDate date, int count, int targetCount, boolean done, CompletionStatus status,
        String note) {

    static DayState of(Completion completion, int targetCount) {
        return new DayState(completion.id.habitId(), completion.day(), completion.count, targetCount,
                completion.reaches(targetCount), completion.status, completion.note);
    }
}
