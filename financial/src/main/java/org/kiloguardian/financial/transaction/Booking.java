package org.kiloguardian.financial.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kiloguardian.financial.account.Account;
import org.kiloguardian.financial.category.Category;

/**
 * A non-transfer transaction that other parts of the module write (imports, recurring schedules,
 * paid bills). A null category is left to the rules, then to the fallback category.
 */
public record Booking(Account account, LocalDate date, BigDecimal amount, String description, String payee,
        Category category, List<String> tags, String notes, TransactionSource source, String bankReference) {
}
