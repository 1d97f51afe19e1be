package org.kiloguardian.financial.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which column (0-based) holds what; {@code -1} where the file has no such column. */
record Columns(int date, int description, int amount, int debit, int credit, int payee, int reference) {

    boolean splitAmount() {
        return amount < 0;
    }

    int widest() {
        return Math.max(Math.max(Math.max(date, description), Math.max(amount, debit)),
                Math.max(Math.max(credit, payee), reference));
    }

    /** For the report: role → header text (or "column N"). */
    Map<String, String> describe(List<String> header) {
        Map<String, String> described = new LinkedHashMap<>();
        put(described, "date", date, header);
        put(described, "description", description, header);
        put(described, "amount", amount, header);
        put(described, "debit", debit, header);
        put(described, "credit", credit, header);
        put(described, "payee", payee, header);
        put(described, "reference", reference, header);
        return described;
    }

    private static void put(Map<String, String> described, String role, int index, List<String> header) {
        if (index >= 0) {
            described.put(role, header != null && index < header.size() && !header.get(index).isBlank()
                    ? header.get(index) : "column " + (index + 1));
        }
    }
}
