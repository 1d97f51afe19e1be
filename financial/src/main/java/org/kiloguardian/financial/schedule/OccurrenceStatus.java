package org.kiloguardian.financial.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum OccurrenceStatus {
    /** a bill's due date arrived and it is not paid yet */
    @JsonProperty("due") DUE,
    /** a bill that was paid */
    @JsonProperty("paid") PAID,
    /** a recurring transaction that was booked */
    @JsonProperty("posted") POSTED
}
