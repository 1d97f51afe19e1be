package org.kiloguardian.gateway.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.financial.event.BillDueSoon;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.event.LowBalance;
import org.kiloguardian.meds.event.DoseMissed;
import org.kiloguardian.meds.event.LowStock;
import org.kiloguardian.meds.event.MedicationAlert;
import org.kiloguardian.meds.event.MedicationDue;
import org.kiloguardian.notifications.message.Kind;
import org.kiloguardian.notifications.message.Message;
import org.kiloguardian.notifications.outbox.Outbox;

/**
 * The household's reminders and alerts as notifications for phones (docs/notifications.md). The
 * observers run inside the transaction that raised the event (the reminder job's, the bill job's, a
 * dose's, a transaction's), so a message is recorded exactly when the module recorded that it was
 * due: the meds and financial modules already send each reminder once, restarts included, and the
 * outbox adds nothing for a key it has. Sending starts after the commit, off this thread.
 */
@ApplicationScoped
public class RemindersToPhones {

    private final Outbox outbox;

    RemindersToPhones(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A dose due now (again, after a snooze): with "Taken" and "Snooze" on the notification. */
    void doseDue(@Observes MedicationDue due) {
        String key = "dose-due:" + due.medId() + ":" + due.scheduledAt().toInstant()
                + (due.snoozed() ? ":after-snooze:" + due.timestamp().toEpochMilli() : "");
        outbox.toRemindersOf(due.personId(), new Message(Kind.DOSE_DUE, key, whose("Time for " + due.medName(), due.personName()),
                due.content(), new Message.Dose(due.medId(), due.scheduledAt().toInstant())));
    }

    /** A missed dose: to the person and their caregivers, quiet hours or not. */
    void doseMissed(@Observes DoseMissed missed) {
        MedicationAlert alert = missed.alert();
        outbox.toRemindersOf(alert.personId(), Message.of(Kind.DOSE_MISSED, "dose-missed:" + missed.doseId(),
                whose("Missed: " + missed.medName(), alert.personName()), alert.message()));
    }

    /** Low stock is when a refill is due: fired once each time the supply falls under its threshold. */
    void lowStock(@Observes LowStock low) {
        MedicationAlert alert = low.alert();
        outbox.toRemindersOf(alert.personId(), Message.of(Kind.LOW_STOCK, "low-stock:" + low.medId() + ":" + alert.timestamp().toEpochMilli(),
                whose("Refill due: " + low.medName(), alert.personName()), alert.message()));
    }

    void billDue(@Observes BillDueSoon bill) {
        outbox.toFinanceWatchers(Message.of(Kind.BILL_DUE, "bill-due:" + bill.billId() + ":" + bill.dueDate(),
                "Bill due: " + bill.name(), bill.message()));
    }

    void budget(@Observes BudgetThresholdCrossed crossed) {
        boolean over = crossed.threshold() >= 100;
        outbox.toFinanceWatchers(Message.of(Kind.BUDGET,
                "budget:" + crossed.budgetId() + ":" + crossed.month() + ":" + crossed.threshold(),
                (over ? "Budget used up: " : "Budget at " + crossed.threshold() + " %: ") + crossed.category(), crossed.message()));
    }

    /** Once each time an account falls under the level the household set for it. */
    void lowBalance(@Observes LowBalance low) {
        outbox.toFinanceWatchers(Message.of(Kind.LOW_BALANCE, "low-balance:" + low.accountId() + ":" + low.timestamp().toEpochMilli(),
                "Low balance: " + low.account(), low.message()));
    }

    private static String whose(String title, String personName) {
        return personName == null ? title : title + " · " + personName;
    }
}
