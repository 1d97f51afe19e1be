package org.kiloguardian.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Svg;

/**
 * Income and expense side by side for each month, as server-side SVG in Lumo's colours (success for
 * income, error for expense) with a legend, so it reads in both themes and without colour vision.
 */
public final class IncomeExpenseChart {

    // as wide as a dashboard tile on a 1280-wide tablet, so the text renders at ~15 px (see CategoryBarChart)
    private static final int WIDTH = 280;
    private static final int HEIGHT = 210;
    private static final int TOP = 34;
    private static final int BOTTOM = 30;
    private static final int LEFT = 10;

    public record Month(String label, BigDecimal income, BigDecimal expense) {
    }

    private IncomeExpenseChart() {
    }

    public static Svg of(String title, List<Month> months, Function<BigDecimal, String> format) {
        return new Svg(markup(title, months, format));
    }

    static String markup(String title, List<Month> months, Function<BigDecimal, String> format) {
        BigDecimal max = months.stream().flatMap(m -> java.util.stream.Stream.of(m.income(), m.expense()))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = (WIDTH - 2 * LEFT) / Math.max(1, months.size());
        int barWidth = Math.max(4, (slot - 12) / 2);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("' width='100%' style='max-width:").append(WIDTH * 3 / 2).append("px;font-family:var(--lumo-font-family);font-size:")
                .append(CategoryBarChart.FONT).append("px'>")
                .append("<title>").append(SvgText.escape(title)).append("</title>")
                .append(legend(10, "Income", "var(--lumo-success-color)"))
                .append(legend(110, "Expense", "var(--lumo-error-color)"))
                .append("<line x1='0' x2='").append(WIDTH).append("' y1='").append(TOP + plot).append("' y2='").append(TOP + plot)
                .append("' style='stroke:var(--lumo-contrast-30pct)'/>");
        int x = LEFT;
        for (Month month : months) {
            int center = x + slot / 2;
            svg.append(bar(center - barWidth - 2, barWidth, height(month.income(), max, plot), plot, "var(--lumo-success-color)",
                    month.label() + " income: " + format.apply(month.income())));
            svg.append(bar(center + 2, barWidth, height(month.expense(), max, plot), plot, "var(--lumo-error-color)",
                    month.label() + " expense: " + format.apply(month.expense())));
            svg.append("<text x='").append(center).append("' y='").append(HEIGHT - 8)
                    .append("' text-anchor='middle' style='fill:var(--lumo-secondary-text-color)'>")
                    .append(SvgText.escape(month.label())).append("</text>");
            x += slot;
        }
        return svg.append("</svg>").toString();
    }

    private static int height(BigDecimal value, BigDecimal max, int plot) {
        return max.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    private static String bar(int x, int width, int height, int plot, String colour, String tooltip) {
        return "<rect x='" + x + "' y='" + (TOP + plot - height) + "' width='" + width + "' height='" + height
                + "' rx='2' style='fill:" + colour + "'><title>" + SvgText.escape(tooltip) + "</title></rect>";
    }

    private static String legend(int x, String label, String colour) {
        return "<rect x='" + x + "' y='8' width='14' height='14' rx='2' style='fill:" + colour + "'/>"
                + "<text x='" + (x + 20) + "' y='20' style='fill:var(--lumo-body-text-color)'>" + label + "</text>";
    }
}
