package org.kiloguardian.financial.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Frequency {
    /** on {@code dayOfMonth}, or the month's last day when it is shorter */
    @JsonProperty("monthly") MONTHLY,
    @JsonProperty("weekly") WEEKLY,
    /** on the start date's day and month; 29 February falls on the 28th in other years */
    @JsonProperty("yearly") YEARLY,
    /** every {@code intervalDays} days from the start date */
    @JsonProperty("every_n_days") EVERY_N_DAYS
}
