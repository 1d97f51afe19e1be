package org.kiloguardian.financial.schedule;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;

import io.quarkus.scheduler.Scheduled;

/**
 * The clock work of the module: materialise what fell due, then remind of bills due soon. It
 * runs at start-up and then every {@code kilo.financial.scheduler.every} ("off" disables it);
 * running it more often than needed is harmless, as both steps happen once per due date.
 */
@ApplicationScoped
class ScheduleJob {

    private static final Logger LOG = Logger.getLogger(ScheduleJob.class);

    private final Materialiser materialiser;
    private final BillReminder reminder;

    ScheduleJob(Materialiser materialiser, BillReminder reminder) {
        this.materialiser = materialiser;
        this.reminder = reminder;
    }

    @Scheduled(identity = "financial-schedules", every = "${kilo.financial.scheduler.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int materialised = materialiser.materialiseDue();
            int reminded = reminder.remindDueSoon();
            if (materialised > 0 || reminded > 0) {
                LOG.infof("Materialised %d due dates, reminded of %d bills", materialised, reminded);
            }
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            // both steps happen once per due date, so the next run catches up
            LOG.warnf("Due dates and bill reminders wait for the database, which is unavailable: %s", e.toString());
        }
    }
}
