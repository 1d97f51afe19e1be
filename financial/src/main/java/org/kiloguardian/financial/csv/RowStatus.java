package org.kiloguardian.financial.csv;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum RowStatus {
    /** imported, or in a dry run: would be imported */
    @JsonProperty("new") NEW,
    /** already stored (same account, date, amount and description, or the same bank reference): skipped */
    @JsonProperty("duplicate") DUPLICATE,
    /** unreadable: the whole file is refused */
    @JsonProperty("rejected") REJECTED
}
