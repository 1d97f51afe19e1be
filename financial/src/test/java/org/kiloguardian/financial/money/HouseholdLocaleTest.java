package org.kiloguardian.financial.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.LocaleConverter;

/** The values an admin writes for kilo.household.locale, read by the converter Quarkus reads the key with. */
class HouseholdLocaleTest {

    private final LocaleConverter converter = new LocaleConverter();

    @Test
    void aTagAndTheJavaOrPosixSpellingNameTheSameLocale() {
        assertThat(HouseholdLocale.known(converter.convert("en-GB"))).isEqualTo(Locale.UK);
        assertThat(HouseholdLocale.known(converter.convert("en_GB"))).isEqualTo(Locale.UK);
        assertThat(HouseholdLocale.known(converter.convert(" de-DE "))).isEqualTo(Locale.GERMANY);
    }

    @Test
    void aValueThatNamesNoLanguageStopsTheStartSayingWhy() {
        assertThatThrownBy(() -> HouseholdLocale.known(converter.convert("english")))
                .hasMessage("kilo.household.locale=english names no language this server knows: write a tag such as en-GB, de-DE or fr-FR");
        assertThatThrownBy(() -> HouseholdLocale.known(converter.convert("12"))).hasMessageContaining("names no language");
    }
}
