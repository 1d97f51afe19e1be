package org.kiloguardian.financial.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormulaEscapeTest {

    @Test
    void quotesEveryCellThatStartsWithAFormulaCharacter() {
        assertThat(FormulaEscape.escape("=HYPERLINK(\"http://x/?\",\"a\")")).isEqualTo("'=HYPERLINK(\"http://x/?\",\"a\")");
        assertThat(FormulaEscape.escape("+1")).isEqualTo("'+1");
        assertThat(FormulaEscape.escape("-2.00")).isEqualTo("'-2.00");
        assertThat(FormulaEscape.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaEscape.escape("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaEscape.escape("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaEscape.escape("'=1")).isEqualTo("''=1");
    }

    @Test
    void leavesOtherTextAlone() {
        for (String text : List.of("Groceries", "'Sparen", "''", "a=b", " =1", "", "\n=1")) {
            assertThat(FormulaEscape.escape(text)).isEqualTo(text);
        }
        assertThat(FormulaEscape.escape(null)).isNull();
    }

    @Test
    void unescapingGivesBackExactlyWhatWasEscaped() {
        for (String text : List.of("=1", "+1", "-1", "@a", "\t=1", "\r=1", "'=1", "''-1", "'", "'a", "''a", "a", "",
                "'\t", "=")) {
            assertThat(FormulaEscape.unescape(FormulaEscape.escape(text))).as(text).isEqualTo(text);
        }
        assertThat(FormulaEscape.unescape("'Sparen")).isEqualTo("'Sparen");
        assertThat(FormulaEscape.unescape(null)).isNull();
    }
}
