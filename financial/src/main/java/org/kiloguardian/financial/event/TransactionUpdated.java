package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A transaction was changed; the values are the new ones. Socket.IO {@code transaction_updated}. */
public record TransactionUpdated(
        @JsonProperty("transaction_id") long transactionId,
        BigDecimal amount,
        Instant timestamp,
        String category,
        String description,
        LocalDate date,
        @JsonProperty("account_id") long accountId,
        String type) {
}
