package org.kiloguardian.financial.event;

import java.time.Instant;

/**
 * Household finance data other than transactions was created, changed or removed: an account, a
 * budget, a category, a goal or a contribution to it, a bill or a recurring transaction, a rule.
 * Fired inside the writing transaction, so observers use {@code AFTER_SUCCESS}. Views redraw on it;
 * transactions have their own, richer events ({@link TransactionAdded} and the others).
 */
public record FinanceRecordChanged(Kind kind, long id, Change change, Instant timestamp) implements FinanceChange {

    public enum Kind {
        ACCOUNT, BUDGET, CATEGORY, GOAL, GOAL_CONTRIBUTION, BILL, RECURRING, RULE
    }

    public enum Change {
        CREATED, UPDATED, DELETED
    }
}
