package org.kiloguardian.financial.report;

import java.math.BigDecimal;
import java.time.YearMonth;

public record MonthTotals(YearMonth month, BigDecimal income, BigDecimal expense, BigDecimal net) {

    static MonthTotals of(YearMonth month, Totals totals) {
        return new MonthTotals(month, totals.income(), totals.expense(), totals.net());
    }
}
