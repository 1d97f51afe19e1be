package org.kiloguardian.habits.completion;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What was recorded for a day: done at least once, or deliberately skipped. */
public enum CompletionStatus {
    @JsonProperty("completed")
    COMPLETED,
    /** Skipped on purpose (ill, travelling): the day neither counts nor breaks a streak. */
    @JsonProperty("skipped")
    SKIPPED
}
