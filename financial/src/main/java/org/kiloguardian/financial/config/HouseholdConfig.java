package org.kiloguardian.financial.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The household's currency ({@code kilo.household.currency}, ISO 4217) and locale
 * ({@code kilo.household.locale}, a BCP 47 tag), for the amounts in the finance alerts. The locale is
 * the one the UI writes dates and money in, read here too so an alert reads as the screen does; the
 * time zone ({@code kilo.household.time-zone}) is the gateway's.
 */
@ConfigMapping(prefix = "kilo.household")
public interface HouseholdConfig {

    /** Absent: the JVM locale's currency, else EUR. */
    Optional<String> currency();

    /** Absent: the JVM's format locale. */
    Optional<String> locale();
}
