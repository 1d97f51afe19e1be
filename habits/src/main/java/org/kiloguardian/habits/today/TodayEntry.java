package org.kiloguardian.habits.today;

import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One active habit due today, for the dashboard's checklist. For "N times per" schedules,
 * {@code periodCompleted} of {@code periodTarget} says how far this week or month has got;
 * {@code personId} is the habit's owner (absent: shared by the household).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TodayEntry(
        long id,
        String name,
        int targetCount,
        int completedToday,
        boolean done,
        boolean skipped,
        @JsonFormat(pattern = "HH:mm") List<LocalTime> reminderTimes,
        Long medicationId,
        Long personId,
        Integer periodCompleted,
        Integer periodTarget) {
}
