package org.kiloguardian.gateway.household;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock of the application, in the household's time zone: a day ends at the household's
 * midnight, never at UTC's. Modules inject {@link Clock}; tests replace it with a fixed one.
 */
@ApplicationScoped
public class HouseholdClock {

    @Produces
    @ApplicationScoped
    Clock clock(HouseholdClockConfig config) {
        return Clock.system(config.timeZone().filter(zone -> !zone.isBlank()).map(ZoneId::of).orElseGet(ZoneId::systemDefault));
    }
}
