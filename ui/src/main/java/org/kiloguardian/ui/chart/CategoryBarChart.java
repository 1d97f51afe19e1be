package org.kiloguardian.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Svg;

/**
 * Horizontal bars, one per category, largest first, drawn on the server as SVG. Colours are Lumo's
 * CSS custom properties, so the same markup reads well in the light and the dark theme and follows
 * a theme switch without being redrawn.
 */
public final class CategoryBarChart {

    // The view box is about as wide as a dashboard tile on a 1280-wide tablet (~280 px), so 15 units
    // of text render at ~15 px there and grow with wider tiles (up to 1.5x) on a wall display.
    static final int WIDTH = 280;
    static final int FONT = 15;
    private static final int ROW = 42;

    public record Bar(String label, BigDecimal value) {
    }

    private CategoryBarChart() {
    }

    public static Svg of(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        return new Svg(markup(title, bars, format));
    }

    static String markup(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = Math.max(1, bars.size()) * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
                .append("' width='100%' style='max-width:").append(WIDTH * 3 / 2).append("px;font-family:var(--lumo-font-family);font-size:")
                .append(FONT).append("px'>")
                .append("<title>").append(SvgText.escape(title)).append("</title>");
        int y = 0;
        for (Bar bar : bars) {
            // label and amount on one line, the bar under them across the whole width
            int length = max.signum() == 0 ? 0
                    : bar.value().multiply(BigDecimal.valueOf(WIDTH)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            svg.append("<text x='0' y='").append(y + FONT + 2).append("' style='fill:var(--lumo-body-text-color)'>")
                    .append(SvgText.escape(shorten(bar.label()))).append("</text>")
                    .append("<text x='").append(WIDTH).append("' y='").append(y + FONT + 2)
                    .append("' text-anchor='end' style='fill:var(--lumo-secondary-text-color)'>")
                    .append(SvgText.escape(format.apply(bar.value()))).append("</text>")
                    .append("<rect x='0' y='").append(y + FONT + 9).append("' width='").append(Math.max(length, 2))
                    .append("' height='10' rx='3' style='fill:var(--lumo-primary-color)'>")
                    .append("<title>").append(SvgText.escape(bar.label() + ": " + format.apply(bar.value()))).append("</title></rect>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }
}
