package org.kiloguardian.financial.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Income against expense for a date range (both days included), by category and by month: what the
 * dashboard's charts draw. Transfers between the household's own accounts are neither. Every month
 * of the range is listed, also those without transactions, so a chart has no gaps.
 */
public record Summary(
        LocalDate from,
        LocalDate to,
        String currency,
        BigDecimal income,
        BigDecimal expense,
        BigDecimal net,
        List<CategoryTotals> byCategory,
        List<MonthTotals> byMonth) {
}
