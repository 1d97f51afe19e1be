package org.kiloguardian.financial.transaction;

import java.util.Locale;

import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestQuery;
import org.kiloguardian.financial.account.KnownAccount;
import org.kiloguardian.financial.category.KnownCategory;
import org.kiloguardian.financial.validation.Formatted;
import org.kiloguardian.financial.validation.TextFormat;

/**
 * The filter query parameters of a transaction list or export. They arrive as text and are checked
 * here, so a bad value is a 400 that names the parameter.
 */
public class TransactionFilterParams {

    @RestQuery
    @Formatted(TextFormat.DATE)
    public String from;

    @RestQuery
    @Formatted(TextFormat.DATE)
    public String to;

    @RestQuery
    @Pattern(regexp = "\\d{1,18}", message = "must be an account id")
    @KnownAccount
    public String accountId;

    @RestQuery
    @KnownCategory
    public String category;

    @RestQuery
    @Pattern(regexp = "income|expense|transfer", message = "must be income, expense or transfer")
    public String type;

    /** free text over description, payee and notes */
    @RestQuery("q")
    public String text;

    @RestQuery
    @Formatted(TextFormat.DECIMAL)
    public String minAmount;

    @RestQuery
    @Formatted(TextFormat.DECIMAL)
    public String maxAmount;

    @RestQuery
    @Pattern(regexp = TransactionSort.PATTERN, message = "must be one of " + TransactionSort.PATTERN)
    public String sort;

    @RestQuery
    @Pattern(regexp = "asc|desc", message = "must be asc or desc")
    public String order;

    public TransactionFilter toFilter() {
        return new TransactionFilter(TextFormat.date(from), TextFormat.date(to),
                accountId == null || accountId.isBlank() ? null : Long.valueOf(accountId.trim()),
                category, type == null || type.isBlank() ? null : TransactionType.valueOf(type.toUpperCase(Locale.ROOT)),
                text, TextFormat.decimal(minAmount), TextFormat.decimal(maxAmount));
    }

    public TransactionSort sortOrDefault() {
        return TransactionSort.fromParameter(sort);
    }

    /** Newest first unless asked otherwise. */
    public boolean descending() {
        return !"asc".equals(order);
    }
}
