package org.kiloguardian.financial.transaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.TypedQuery;

/**
 * The JPQL where clause of a {@link TransactionFilter} (over {@code Transaction t}, category as
 * {@code c}) and its parameters, built once and bound to the count and the select alike.
 */
record FilterClause(String clause, Map<String, Object> parameters) {

    static FilterClause of(TransactionFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.from() != null) {
            conditions.add("t.date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("t.date <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.accountId() != null) {
            conditions.add("t.account.id = :accountId");
            parameters.put("accountId", filter.accountId());
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            conditions.add("lower(c.name) = :category");
            parameters.put("category", filter.category().trim().toLowerCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            conditions.add("t.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(t.description) like :text escape '!' or lower(t.payee) like :text escape '!'"
                    + " or lower(t.notes) like :text escape '!')");
            parameters.put("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.minAmount() != null) {
            conditions.add("t.amount >= :minAmount");
            parameters.put("minAmount", filter.minAmount());
        }
        if (filter.maxAmount() != null) {
            conditions.add("t.amount <= :maxAmount");
            parameters.put("maxAmount", filter.maxAmount());
        }
        return new FilterClause(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** Whether the clause selects whole accounts: every transaction, or every one of the one account it names. */
    boolean wholeAccounts() {
        return Set.of("accountId").containsAll(parameters.keySet());
    }

    /** Whether the clause needs the category joined as {@code c}. */
    boolean byCategory() {
        return parameters.containsKey("category");
    }

    void bind(TypedQuery<?> query) {
        parameters.forEach(query::setParameter);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
