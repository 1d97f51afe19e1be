package org.kiloguardian.ui.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.kiloguardian.financial.report.ReportService;
import org.kiloguardian.ui.chart.IncomeExpenseChart;
import org.kiloguardian.ui.household.HouseholdFormat;

import jakarta.enterprise.context.Dependent;

/** Income against expense over the last six months, this one included. */
@Dependent
public class TrendChartPanel extends ReportChartPanel {

    static final int MONTHS = 6;

    TrendChartPanel(ReportService reports, HouseholdFormat format, Clock clock) {
        super("trend-chart", "Income and expense, last 6 months", reports, format, clock);
    }

    @Override
    public void refresh() {
        body.removeAll();
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(MONTHS - 1L);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM", format.locale());
        List<IncomeExpenseChart.Month> months = reports.summary(first.atDay(1), now.atEndOfMonth()).byMonth().stream()
                .map(totals -> new IncomeExpenseChart.Month(label.format(totals.month()), totals.income(), totals.expense()))
                .toList();
        body.add(IncomeExpenseChart.of("Income and expense per month from " + first + " to " + now, months, format::money));
    }
}
