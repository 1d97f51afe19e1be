package org.kiloguardian.financial.transaction;

import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.kiloguardian.financial.account.KnownAccount;
import org.kiloguardian.financial.category.KnownCategory;
import org.kiloguardian.financial.validation.Formatted;
import org.kiloguardian.financial.validation.TextFormat;

/**
 * The filter query parameters of a transaction list or export. They arrive as text and are checked
 * here, so a bad value is a 400 that names the parameter.
 */
public class TransactionFilterParams {

    @QueryParam("from")
    @Formatted(TextFormat.DATE)
    public String from;

    @QueryParam("to")
    @Formatted(TextFormat.DATE)
    public String to;

    @QueryParam("accountId")
    @Pattern(regexp = "\\d{1,18}", message = "must be an account id")
    @KnownAccount
    public String accountId;

    @QueryParam("category")
    @KnownCategory
    public String category;

    @QueryParam("type")
    @Pattern(regexp = "income|expense|transfer", message = "must be income, expense or transfer")
    public String type;

    /** free text over description, payee and notes */
    @QueryParam("q")
    public String text;

    @QueryParam("minAmount")
    @Formatted(TextFormat.DECIMAL)
    public String minAmount;

    @QueryParam("maxAmount")
    @Formatted(TextFormat.DECIMAL)
    public String maxAmount;

    @QueryParam("sort")
    @Pattern(regexp = TransactionSort.PATTERN, message = "must be one of " + TransactionSort.PATTERN)
    public String sort;

    @QueryParam("order")
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
