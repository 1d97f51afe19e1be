package org.kiloguardian.gateway.household;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the household's time zone: a day ends at the household's
 * midnight, never at UTC's. Modules inject {@link Clock}; tests replace it with a fixed one.
 */
@ApplicationScoped
public class HouseholdClock {

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "kilo.household.time-zone") Optional<String> timeZone) {
        // read as text: injected as Optional<ZoneId>, an unset key reached Quarkus' ZoneIdConverter as ""
        // and failed every request that needed the clock
        return Clock.system(timeZone.filter(zone -> !zone.isBlank()).map(zone -> ZoneId.of(zone.trim()))
                .orElseGet(ZoneId::systemDefault));
    }
}
