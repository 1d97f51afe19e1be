package org.kiloguardian.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(svg.contains("Rent &amp; &lt;b&gt;bills&lt;/b&gt;"), svg);
        assertFalse(svg.contains("<b>"), "markup in a category name must not reach the page");
        Matcher widths = Pattern.compile("<rect x='\\d+' y='\\d+' width='(\\d+)'").matcher(svg);
        assertTrue(widths.find());
        int largest = Integer.parseInt(widths.group(1));
        assertTrue(widths.find());
        int smaller = Integer.parseInt(widths.group(1));
        assertEquals(4.0, (double) largest / smaller, 0.05);
        assertTrue(svg.contains("€400"), "each bar says its value");
    }

    @Test
    void coloursComeFromTheThemeSoDarkModeStaysReadable() {
        String svg = IncomeExpenseChart.markup("Trend", List.of(new IncomeExpenseChart.Month("Oct", new BigDecimal("3000"), new BigDecimal("2500")),
                new IncomeExpenseChart.Month("Nov", BigDecimal.ZERO, BigDecimal.ZERO)), EUROS);
        assertFalse(Pattern.compile("#[0-9a-fA-F]{3,6}|rgb\\(").matcher(svg).find(), "no fixed colour: " + svg);
        assertTrue(svg.contains("var(--lumo-success-color)") && svg.contains("var(--lumo-error-color)"));
        assertTrue(svg.contains("Oct income: €3000") && svg.contains("Nov expense: €0"));
        assertTrue(svg.contains(">Income<") && svg.contains(">Expense<"), "a legend names the colours");
    }
}
