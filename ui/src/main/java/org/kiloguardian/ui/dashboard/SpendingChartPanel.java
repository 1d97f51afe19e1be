package org.kiloguardian.ui.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.kiloguardian.financial.report.ReportService;
import org.kiloguardian.ui.chart.CategoryBarChart;
import org.kiloguardian.ui.household.HouseholdFormat;

import com.vaadin.flow.component.html.Paragraph;

import jakarta.enterprise.context.Dependent;

/** Where this month's money went, by category. */
@Dependent
public class SpendingChartPanel extends ReportChartPanel {

    static final int CATEGORIES_SHOWN = 8;

    SpendingChartPanel(ReportService reports, HouseholdFormat format, Clock clock) {
        super("spending-chart", "Spending by category this month", reports, format, clock);
    }

    @Override
    public void refresh() {
        body.removeAll();
        LocalDate today = LocalDate.now(clock);
        List<CategoryBarChart.Bar> bars = reports.summary(today.withDayOfMonth(1), today).byCategory().stream()
                .filter(totals -> totals.expense() != null && totals.expense().signum() > 0)
                .sorted(Comparator.comparing((org.kiloguardian.financial.report.CategoryTotals t) -> t.expense()).reversed())
                .limit(CATEGORIES_SHOWN)
                .map(totals -> new CategoryBarChart.Bar(totals.category(), totals.expense()))
                .toList();
        if (bars.isEmpty()) {
            body.add(new Paragraph("No spending recorded this month yet."));
            return;
        }
        BigDecimal total = bars.stream().map(CategoryBarChart.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        body.add(CategoryBarChart.of("Spending by category this month, " + format.money(total) + " in the largest categories", bars,
                format::money));
    }
}
