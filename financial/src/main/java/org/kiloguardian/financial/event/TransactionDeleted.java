package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A transaction was deleted; the values are the last ones it had. Socket.IO {@code transaction_deleted}. */
public record TransactionDeleted(
        long transactionId,
        BigDecimal amount,
        Instant timestamp,
        String category,
        String description,
        LocalDate date,
        long accountId) {
}
