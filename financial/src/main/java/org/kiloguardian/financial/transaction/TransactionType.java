package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TransactionType {
    @JsonProperty("income") INCOME,
    @JsonProperty("expense") EXPENSE,
    /** one side of a linked pair between two accounts of the household */
    @JsonProperty("transfer") TRANSFER;

    /** Income and expense follow the sign: money in is positive, money out negative. */
    public static TransactionType ofSign(BigDecimal amount) {
        return amount.signum() < 0 ? EXPENSE : INCOME;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
