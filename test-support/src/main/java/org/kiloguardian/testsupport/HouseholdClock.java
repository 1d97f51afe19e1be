package org.kiloguardian.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The household clock of the tests. In the gateway's tests it replaces the real clock the gateway
 * produces (an enabled alternative wins over it, so main code knows nothing of tests). It follows the real
 * time until a test pins it, or, with {@code kilo.test-clock.start} (an ISO instant) in the module's
 * test configuration, stands still from that moment on. The household lives in Europe/Berlin, which
 * has DST, so day cuts and DST days are tested for real.
 */
@Alternative
@Priority(1)
@Singleton
public class HouseholdClock extends Clock {

    public static final ZoneId HOUSEHOLD = ZoneId.of("Europe/Berlin");

    private final Instant start;
    private volatile Instant pinned;
    private volatile ZoneId zone = HOUSEHOLD;

    public HouseholdClock() {
        start = ConfigProvider.getConfig().getOptionalValue("kilo.test-clock.start", String.class)
                .map(Instant::parse).orElse(null);
        pinned = start;
    }

    /** Back to where the tests started: the configured start, or the real time. */
    public void reset() {
        pinned = start;
        zone = HOUSEHOLD;
    }

    public void set(Instant instant) {
        pinned = instant;
    }

    /** A wall-clock time of the household. */
    public void set(LocalDateTime householdTime) {
        pinned = householdTime.atZone(zone).toInstant();
    }

    /** Noon of a household day. */
    public void today(LocalDate date) {
        set(date.atTime(12, 0));
    }

    /** Moves the household to another zone and to a local time there, e.g. {@code at("America/New_York", "2026-11-01T23:30")}. */
    public HouseholdClock at(String zoneId, String localDateTime) {
        ZoneId newZone = ZoneId.of(zoneId);
        pinned = LocalDateTime.parse(localDateTime).atZone(newZone).toInstant();
        zone = newZone;
        return this;
    }

    /** A local time in the household's current zone. */
    public HouseholdClock at(String localDateTime) {
        return at(zone.getId(), localDateTime);
    }

    public void advance(Duration duration) {
        pinned = instant().plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return Clock.fixed(instant(), otherZone);
    }

    @Override
    public Instant instant() {
        Instant now = pinned;
        return now == null ? Instant.now() : now;
    }
}
