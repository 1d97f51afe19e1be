package org.kiloguardian.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ChartMarkupTest {

    private static final Function<BigDecimal, String> EUROS = amount -> "€" + amount.toPlainString();

    @Test
    void categoryBarsAreProportionalAndLabelsStayText() {
        String svg = CategoryBarChart.markup("Spending", List.of(new CategoryBarChart.Bar("Rent & <b>bills</b>", new BigDecimal("400")),
                new CategoryBarChart.Bar("Dining", new BigDecimal("100"))), EUROS);
        assertThat(svg).contains("Rent &amp; &lt;b&gt;bills&lt;/b&gt;");
        assertThat(svg).as("markup in a category name must not reach the page").doesNotContain("<b>");
        Matcher widths = Pattern.compile("<rect x='\\d+' y='\\d+' width='(\\d+)'").matcher(svg);
        assertThat(widths.find()).isTrue();
        int largest = Integer.parseInt(widths.group(1));
        assertThat(widths.find()).isTrue();
        int smaller = Integer.parseInt(widths.group(1));
        assertThat((double) largest / smaller).isCloseTo(4.0, within(0.05));
        assertThat(svg).as("each bar says its value").contains("€400");
    }

    @Test
    void coloursComeFromTheThemeSoDarkModeStaysReadable() {
        String svg = IncomeExpenseChart.markup("Trend", List.of(new IncomeExpenseChart.Month("Oct", new BigDecimal("3000"), new BigDecimal("2500")),
                new IncomeExpenseChart.Month("Nov", BigDecimal.ZERO, BigDecimal.ZERO)), EUROS);
        assertThat(Pattern.compile("#[0-9a-fA-F]{3,6}|rgb\\(").matcher(svg).find()).as("no fixed colour: " + svg).isFalse();
        assertThat(svg.contains("var(--lumo-success-color)") && svg.contains("var(--lumo-error-color)")).isTrue();
        assertThat(svg.contains("Oct income: €3000") && svg.contains("Nov expense: €0")).isTrue();
        assertThat(svg.contains(">Income<") && svg.contains(">Expense<")).as("a legend names the colours").isTrue();
    }
}
