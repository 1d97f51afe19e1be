package org.kiloguardian.gateway.household;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * {@code kilo.household.time-zone}. The other {@code kilo.household.*} keys are the financial
 * module's (currency) and the UI's (locale).
 */
@ConfigMapping(prefix = "kilo.household")
public interface HouseholdClockConfig {

    /** Read as text: SmallRye's implicit ZoneId converter fails on an absent Optional value. Absent: the JVM's zone. */
    Optional<String> timeZone();
}
