package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A transaction was created (by hand, by an import or by a recurring schedule). Socket.IO
 * {@code transaction_added}; the JSON names are the ones the old clients read.
 */
public record TransactionAdded(
        @JsonProperty("transaction_id") long transactionId,
        BigDecimal amount,
        Instant timestamp,
        String category,
        String description,
        LocalDate date,
        @JsonProperty("account_id") long accountId,
        String type,
        String source) {
}
