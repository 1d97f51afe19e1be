package org.kiloguardian.financial.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The household's currency ({@code kilo.household.currency}, ISO 4217). The other
 * {@code kilo.household.*} keys belong to the gateway (time zone) and the UI (locale).
 */
@ConfigMapping(prefix = "kilo.household")
public interface CurrencyConfig {

    /** Absent: the JVM locale's currency, else EUR. */
    Optional<String> currency();
}
