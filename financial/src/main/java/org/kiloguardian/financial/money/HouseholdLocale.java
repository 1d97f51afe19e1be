package org.kiloguardian.financial.money;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.financial.config.HouseholdConfig;

import io.quarkus.runtime.Startup;

/**
 * The one locale the household reads dates and money in, on screen and in alerts alike
 * ({@code kilo.household.locale}; absent: the JVM's format locale). Read once, here, so the UI and
 * the alerts cannot write the same amount two ways. Quarkus' converter reads "en-GB" and "en_GB"
 * alike; a value that names no language the JVM knows stops the start with a message, where it
 * used to fall back without a word to a locale nobody reads ("2026 Jul 10", "€ 1,000.00").
 */
@Startup
@ApplicationScoped
public class HouseholdLocale {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Locale locale;

    HouseholdLocale(HouseholdConfig config) {
        this.locale = config.locale().map(HouseholdLocale::known).orElseGet(() -> Locale.getDefault(Locale.Category.FORMAT));
    }

    public Locale locale() {
        return locale;
    }

    static Locale known(Locale configured) {
        if (!LANGUAGES.contains(configured.getLanguage())) {
            throw new IllegalStateException("kilo.household.locale=" + configured.toLanguageTag()
                    + " names no language this server knows: write a tag such as en-GB, de-DE or fr-FR");
        }
        return configured;
    }
}
