package org.kiloguardian.financial.schedule;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Materialises every schedule whose next due date has arrived, each in its own transaction
 * (see {@link ScheduleMaterialiser}), so one broken schedule cannot hold up the others.
 */
@ApplicationScoped
public class Materialiser {

    private static final Logger LOG = Logger.getLogger(Materialiser.class);

    private final ScheduleMaterialiser schedules;
    private final Clock clock;

    Materialiser(ScheduleMaterialiser schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /** Materialises every due date up to today; returns how many occurrences it created. */
    public int materialiseDue() {
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (Long id : schedules.dueSchedules(today)) {
            try {
                created += schedules.materialise(id, today);
            } catch (RuntimeException e) {
                // retried on the next run: nothing of this schedule was written
                LOG.errorf(e, "Could not materialise schedule %d", id);
            }
        }
        return created;
    }
}
