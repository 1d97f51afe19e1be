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

    // sized for a dashboard tile (~300 px): the SVG scales, so a narrow view box keeps the text readable
    static final int WIDTH = 360;
    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 112;
    private static final int VALUE_WIDTH = 84;

    public record Bar(String label, BigDecimal value) {
    }

    private CategoryBarChart() {
    }

    public static Svg of(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        return new Svg(markup(title, bars, format));
    }

    static String markup(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = Math.max(1, bars.size()) * ROW + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
                .append("' width='100%' style='max-width:").append(WIDTH).append("px;font-family:var(--lumo-font-family);font-size:13px'>")
                .append("<title>").append(SvgText.escape(title)).append("</title>");
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int y = 5;
        for (Bar bar : bars) {
            int length = max.signum() == 0 ? 0
                    : bar.value().multiply(BigDecimal.valueOf(room)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            svg.append("<text x='").append(LABEL_WIDTH - 8).append("' y='").append(y + 19)
                    .append("' text-anchor='end' style='fill:var(--lumo-body-text-color)'>")
                    .append(SvgText.escape(shorten(bar.label()))).append("</text>")
                    .append("<rect x='").append(LABEL_WIDTH).append("' y='").append(y + 4).append("' width='").append(Math.max(length, 2))
                    .append("' height='").append(ROW - 10).append("' rx='3' style='fill:var(--lumo-primary-color)'>")
                    .append("<title>").append(SvgText.escape(bar.label() + ": " + format.apply(bar.value()))).append("</title></rect>")
                    .append("<text x='").append(LABEL_WIDTH + Math.max(length, 2) + 6).append("' y='").append(y + 19)
                    .append("' style='fill:var(--lumo-secondary-text-color)'>").append(SvgText.escape(format.apply(bar.value())))
                    .append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 14 ? label : label.substring(0, 13) + "…";
    }
}
