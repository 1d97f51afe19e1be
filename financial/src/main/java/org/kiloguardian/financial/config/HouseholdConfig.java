package org.kiloguardian.financial.config;

import java.util.Locale;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The household's currency ({@code kilo.household.currency}, ISO 4217) and locale
 * ({@code kilo.household.locale}, a BCP 47 tag such as en-GB, or en_GB), in which the UI and the finance
 * alerts write amounts and dates; the time zone ({@code kilo.household.time-zone}) is the gateway's.
 */
@ConfigMapping(prefix = "kilo.household")
public interface HouseholdConfig {

    /** Absent: the JVM locale's currency, else EUR. */
    Optional<String> currency();

    /** Absent: the JVM's format locale. Read through {@link org.kiloguardian.financial.money.HouseholdLocale}. */
    Optional<Locale> locale();
}
