package org.kiloguardian.financial.transaction;

import java.util.Arrays;
import java.util.Locale;

/** The columns a transaction list can be sorted by, and the query expression behind each. */
public enum TransactionSort {
    DATE("t.date"),
    AMOUNT("t.amount"),
    DESCRIPTION("lower(t.description)"),
    PAYEE("lower(t.payee)"),
    CATEGORY("lower(c.name)"),
    TYPE("t.type"),
    CREATED_AT("t.createdAt"),
    ID("t.id");

    /** Parameter values in the API, e.g. {@code createdAt}. */
    public static final String PATTERN = "date|amount|description|payee|category|type|createdAt|id";

    final String expression;

    TransactionSort(String expression) {
        this.expression = expression;
    }

    public static TransactionSort fromParameter(String name) {
        if (name == null || name.isBlank()) {
            return DATE;
        }
        String wanted = name.trim().replace("At", "_AT").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(sort -> sort.name().equals(wanted)).findFirst().orElse(DATE);
    }
}
