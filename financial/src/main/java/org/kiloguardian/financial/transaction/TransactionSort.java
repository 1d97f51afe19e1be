package org.kiloguardian.financial.transaction;

import java.util.Arrays;
import java.util.Locale;

/** The columns a transaction list can be sorted by, and the query expression behind each. */
public enum TransactionSort {
    DATE("t.date", false),
    AMOUNT("t.amount", false),
    DESCRIPTION("lower(t.description)", true),
    PAYEE("lower(t.payee)", true),
    CATEGORY("lower(c.name)", true),
    TYPE("t.type", false),
    CREATED_AT("t.createdAt", false),
    ID("t.id", false);

    /** Parameter values in the API, e.g. {@code createdAt}. */
    public static final String PATTERN = "date|amount|description|payee|category|type|createdAt|id";

    final String expression;
    /** Only a column that can be empty gets a nulls clause: one on a NOT NULL column keeps PostgreSQL from reading an index in order. */
    final boolean nullable;

    TransactionSort(String expression, boolean nullable) {
        this.expression = expression;
        this.nullable = nullable;
    }

    public static TransactionSort fromParameter(String name) {
        if (name == null || name.isBlank()) {
            return DATE;
        }
        String wanted = name.trim().replace("At", "_AT").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(sort -> sort.name().equals(wanted)).findFirst().orElse(DATE);
    }
}
