package org.kiloguardian.financial.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** An alert's figures follow the household's locale and currency, not Java's toString. */
class AlertWordingTest {

    private static final String NBSP = "\u00a0";

    @Test
    void britishEnglishInEuros() {
        AlertWording wording = new AlertWording(Locale.forLanguageTag("en-GB"), Currency.getInstance("EUR"));

        assertThat(wording.money(new BigDecimal("1000000.00"))).isEqualTo("€1,000,000.00");
        assertThat(wording.money(new BigDecimal("-42.1"))).isEqualTo("-€42.10");
        assertThat(wording.percent(new BigDecimal("91.2"))).isEqualTo("91.2%");
        assertThat(wording.percent(new BigDecimal("100.0"))).isEqualTo("100%");
        assertThat(wording.month(YearMonth.of(2026, 11))).isEqualTo("November 2026");
        assertThat(wording.date(LocalDate.of(2026, 7, 10))).isEqualTo("10 Jul 2026");
    }

    @Test
    void germanInEurosAndAmericanEnglishInDollars() {
        AlertWording german = new AlertWording(Locale.forLanguageTag("de-DE"), Currency.getInstance("EUR"));
        assertThat(german.money(new BigDecimal("1250.5"))).isEqualTo("1.250,50" + NBSP + "€");
        assertThat(german.percent(new BigDecimal("91.2"))).isEqualTo("91,2" + NBSP + "%");
        assertThat(german.month(YearMonth.of(2026, 3))).isEqualTo("März 2026");

        AlertWording american = new AlertWording(Locale.US, Currency.getInstance("USD"));
        assertThat(american.money(new BigDecimal("1250.5"))).isEqualTo("$1,250.50");
        assertThat(american.date(LocalDate.of(2026, 7, 10))).isEqualTo("Jul 10, 2026");
    }
}
