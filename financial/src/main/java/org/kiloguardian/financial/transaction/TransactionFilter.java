package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Which transactions a list, an export or the UI's grid shows; every field is optional. Dates are
 * inclusive; amounts compare the signed amount (expenses are negative); {@code text} searches
 * description, payee and notes ignoring case; {@code category} ignores case.
 */
public record TransactionFilter(LocalDate from, LocalDate to, Long accountId, String category, TransactionType type,
        String text, BigDecimal minAmount, BigDecimal maxAmount) {

    public static TransactionFilter none() {
        return new TransactionFilter(null, null, null, null, null, null, null, null);
    }
}
