package org.kiloguardian.financial.transaction;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TransactionSource {
    @JsonProperty("manual") MANUAL,
    @JsonProperty("import") IMPORT,
    @JsonProperty("recurring") RECURRING;

    /** Who "entered" what the module books by itself: "import", "recurring". */
    public String author() {
        return wireName();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
