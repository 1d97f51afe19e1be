package org.kiloguardian.financial.report;

import java.math.BigDecimal;

public record CategoryTotals(String category, BigDecimal income, BigDecimal expense, BigDecimal net) {

    static CategoryTotals of(String category, Totals totals) {
        return new CategoryTotals(category, totals.income(), totals.expense(), totals.net());
    }
}
