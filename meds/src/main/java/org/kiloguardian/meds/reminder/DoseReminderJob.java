package org.kiloguardian.meds.reminder;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.kiloguardian.database.DatabaseUnavailable;

import io.quarkus.scheduler.Scheduled;

/**
 * The timer behind reminders and missed doses. It only asks the services what is due at the
 * injected clock's now, so tests call {@link #tick()} with a fixed clock instead of waiting.
 */
@ApplicationScoped
public class DoseReminderJob {

    private static final Logger LOG = Logger.getLogger(DoseReminderJob.class);

    private final ReminderService reminders;
    private final MissedDoseService missedDoses;

    DoseReminderJob(ReminderService reminders, MissedDoseService missedDoses) {
        this.reminders = reminders;
        this.missedDoses = missedDoses;
    }

    @Scheduled(identity = "meds-dose-reminders", every = "${kilo.meds.reminder-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        try {
            reminders.sendDueReminders();
            missedDoses.markMissed();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            // an outage is not a bug: one line per run, not the scheduler's stack trace; nothing is lost,
            // the next run finds what is due then
            LOG.warnf("Dose reminders wait for the database, which is unavailable: %s", e.toString());
        }
    }
}
