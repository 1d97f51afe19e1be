package org.kiloguardian.financial.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.kiloguardian.financial.account.Account;

/**
 * Knows what the account already holds. A row with a bank reference is a duplicate when that
 * reference is known; a row without one when the account already has as many transactions with the same date, amount and description
 * as the file has up to this row: two identical coffees in one file are two coffees, but
 * importing the same file twice adds nothing.
 */
final class DuplicateFinder {

    private final Map<String, Integer> stored = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Set<String> references = new HashSet<>();

    DuplicateFinder(EntityManager em, Account account, List<ParsedRow> rows) {
        List<LocalDate> dates = rows.stream().filter(ParsedRow::readable).map(ParsedRow::date).sorted().toList();
        if (dates.isEmpty()) {
            return;
        }
        em.createQuery("select t.date, t.amount, t.description, t.bankReference from Transaction t"
                + " where t.account = ?1 and t.date between ?2 and ?3", Object[].class)
                .setParameter(1, account).setParameter(2, dates.get(0)).setParameter(3, dates.get(dates.size() - 1))
                .getResultList()
                .forEach(row -> stored.merge(key((LocalDate) row[0], (BigDecimal) row[1], (String) row[2]), 1, Integer::sum));
        em.createQuery("select t.bankReference from Transaction t where t.account = ?1 and t.bankReference is not null",
                String.class).setParameter(1, account).getResultList().forEach(references::add);
    }

    /** Call once per row, in file order. */
    boolean isDuplicate(ParsedRow row) {
        if (row.reference() != null) {
            // a bank reference, where the bank gives one, is the booking's identity
            return !references.add(row.reference());
        }
        String key = key(row.date(), row.amount(), row.description());
        int occurrence = seen.merge(key, 1, Integer::sum);
        return occurrence <= stored.getOrDefault(key, 0);
    }

    private static String key(LocalDate date, BigDecimal amount, String description) {
        String text = description == null ? "" : description.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return date + "|" + amount.stripTrailingZeros().toPlainString() + "|" + text;
    }
}
