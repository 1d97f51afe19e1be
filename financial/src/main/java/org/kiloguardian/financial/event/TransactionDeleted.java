package org.kiloguardian.financial.event;

/** A transaction was deleted; the values are the last ones it had. Socket.IO {@code transaction_deleted}. */
public record TransactionDeleted(TransactionFacts transaction) implements FinanceChange {
}
