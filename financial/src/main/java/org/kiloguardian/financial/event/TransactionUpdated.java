package org.kiloguardian.financial.event;

/** A transaction was changed; the values are the new ones. Socket.IO {@code transaction_updated}. */
public record TransactionUpdated(TransactionFacts transaction, String type) implements FinanceChange {
}
