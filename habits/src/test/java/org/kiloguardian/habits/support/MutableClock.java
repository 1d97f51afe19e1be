package org.kiloguardian.habits.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** The module's clock in tests: set to any household-local moment, in any zone. */
@ApplicationScoped
public class MutableClock extends Clock {

    private volatile Instant instant = Instant.parse("2026-06-15T10:00:00Z");
    private volatile ZoneId zone = ZoneId.of("Europe/Berlin");

    /** Moves to a local date-time in a zone, e.g. {@code at("America/New_York", "2026-11-01T23:30")}. */
    public MutableClock at(String zoneId, String localDateTime) {
        ZoneId newZone = ZoneId.of(zoneId);
        this.instant = LocalDateTime.parse(localDateTime).atZone(newZone).toInstant();
        this.zone = newZone;
        return this;
    }

    /** Moves to a local date-time in the current zone. */
    public MutableClock at(String localDateTime) {
        return at(zone.getId(), localDateTime);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return Clock.fixed(instant, newZone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
