package org.kiloguardian.habits.schedule;

import java.time.LocalDate;

/**
 * One unit a streak counts in: a day for daily and weekday schedules, an ISO week or a calendar
 * month for the "N times per" schedules. {@code required} is how many done days make it a success.
 */
public record SchedulePeriod(LocalDate first, LocalDate last, int required) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
