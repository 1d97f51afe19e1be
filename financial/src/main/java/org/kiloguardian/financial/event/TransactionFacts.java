package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every transaction event tells of its transaction, and when it happened ({@code timestamp}).
 * On the wire these are the event payload's own fields, not a nested object (docs/realtime.md).
 */
public record TransactionFacts(
        long transactionId,
        BigDecimal amount,
        Instant timestamp,
        String category,
        String description,
        LocalDate date,
        long accountId) {
}
