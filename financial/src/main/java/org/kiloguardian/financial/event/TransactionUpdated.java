package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A transaction was changed; the values are the new ones. Socket.IO {@code transaction_updated}. */
public record TransactionUpdated(
        long transactionId,
        BigDecimal amount,
        Instant timestamp,
        String category,
        String description,
        LocalDate date,
        long accountId,
        String type) {
}
