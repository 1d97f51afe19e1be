package org.kiloguardian.financial.transaction;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TransactionSource {
    @JsonProperty("manual") MANUAL,
    @JsonProperty("import") IMPORT,
    @JsonProperty("recurring") RECURRING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
