package org.kiloguardian.financial.event;

/**
 * A transaction was created (by hand, by an import or by a recurring schedule). Socket.IO
 * {@code transaction_added} (the gateway names its fields for the wire).
 */
public record TransactionAdded(TransactionFacts transaction, String type, String source) implements FinanceChange {
}
