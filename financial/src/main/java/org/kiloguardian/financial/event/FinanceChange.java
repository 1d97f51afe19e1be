package org.kiloguardian.financial.event;

/**
 * Any write of the household's finance data: a transaction added, changed or deleted, or any other
 * record changed. Every write fires one inside its transaction; observe this type to hear of them
 * all (the alerts, {@link BudgetThresholdCrossed} and {@link BillDueSoon}, are not changes).
 */
public sealed interface FinanceChange permits TransactionAdded, TransactionUpdated, TransactionDeleted, FinanceRecordChanged {
}
