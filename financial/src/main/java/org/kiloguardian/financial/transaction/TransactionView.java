package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kiloguardian.financial.money.Money;

/**
 * A transaction as clients read it. {@code runningBalance} is the account's balance after this
 * transaction (opening balance plus everything up to it, ordered by date then id); it is filled in
 * lists and null where it was not asked for. {@code createdBy}: the username of whoever entered it,
 * "import" or "recurring"; null for hand entries older than the field.
 */
public record TransactionView(
        Long id,
        Long accountId,
        String account,
        LocalDate date,
        BigDecimal amount,
        TransactionType type,
        String description,
        String payee,
        String category,
        List<String> tags,
        String notes,
        TransactionSource source,
        Long transferAccountId,
        Long transferTransactionId,
        String bankReference,
        BigDecimal runningBalance,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public static TransactionView of(Transaction t, Long transferAccountId, BigDecimal runningBalance) {
        return new TransactionView(t.id, t.account.id, t.account.name, t.date, Money.shown(t.amount), t.type, t.description,
                t.payee, t.categoryName(), List.copyOf(t.tags), t.notes, t.source, transferAccountId, t.transferPeerId,
                t.bankReference, Money.shown(runningBalance), t.createdBy, t.createdAt,
                t.updatedAt);
    }

    /** The request that would write this transaction again as it is: the base a PATCH is merged into. */
    TransactionRequest asRequest() {
        // income/expense follow the sign, so only "transfer" is carried over: a patched amount may flip it
        TransactionType explicitType = type == TransactionType.TRANSFER ? type : null;
        return new TransactionRequest(accountId, date, amount, explicitType, description, payee, category, tags, notes,
                transferAccountId, bankReference);
    }
}
