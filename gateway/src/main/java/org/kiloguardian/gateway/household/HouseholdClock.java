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
        // Read as text: Quarkus' ZoneId converter fails on the empty value an unset Optional gets here.
        return Clock.system(timeZone.filter(zone -> !zone.isBlank()).map(ZoneId::of).orElseGet(ZoneId::systemDefault));
    }
}
