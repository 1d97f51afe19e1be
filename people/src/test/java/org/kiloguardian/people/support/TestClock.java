package org.kiloguardian.people.support;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The gateway produces the household clock; the module's own tests bring theirs. */
@ApplicationScoped
public class TestClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
