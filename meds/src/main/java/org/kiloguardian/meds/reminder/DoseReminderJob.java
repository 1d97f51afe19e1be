package org.kiloguardian.meds.reminder;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * The timer behind reminders and missed doses. It only asks the services what is due at the
 * injected clock's now, so tests call {@link #tick()} with a fixed clock instead of waiting.
 */
@ApplicationScoped
public class DoseReminderJob {

    private final ReminderService reminders;
    private final MissedDoseService missedDoses;

    DoseReminderJob(ReminderService reminders, MissedDoseService missedDoses) {
        this.reminders = reminders;
        this.missedDoses = missedDoses;
    }

    @Scheduled(identity = "meds-dose-reminders", every = "${kilo.meds.reminder-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void tick() {
        reminders.sendDueReminders();
        missedDoses.markMissed();
    }
}
