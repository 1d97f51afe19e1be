package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transaction was created (by hand, by an import or by a recurring schedule). Socket.IO
 * {@code transaction_added} (the gateway names its fields for the wire).
 */
public record TransactionAdded(
        long transactionId,
        BigDecimal amount,
        Instant timestamp,
        String category,
        String description,
        LocalDate date,
        long accountId,
        String type,
        String source) {
}
