package org.kiloguardian.habits.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a habit is meant to happen; the JSON names are the API contract. */
public enum ScheduleType {
    /** Every day. */
    @JsonProperty("daily")
    DAILY,
    /** On the listed days of the week only. */
    @JsonProperty("weekdays")
    WEEKDAYS,
    /** On any N days of each ISO week (Monday to Sunday). */
    @JsonProperty("timesPerWeek")
    TIMES_PER_WEEK,
    /** On any N days of each calendar month. */
    @JsonProperty("timesPerMonth")
    TIMES_PER_MONTH;

    /** "N times per" a week or month: done days are counted over the running period. */
    public boolean countsPeriods() {
        return this == TIMES_PER_WEEK || this == TIMES_PER_MONTH;
    }
}
