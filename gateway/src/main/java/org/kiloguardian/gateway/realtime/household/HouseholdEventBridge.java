package org.kiloguardian.gateway.realtime.household;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.financial.event.BillDueSoon;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.event.LowBalance;
import org.kiloguardian.gateway.realtime.emit.RealtimeEmitter;
import org.kiloguardian.habits.event.HabitArchived;
import org.kiloguardian.habits.event.HabitCompleted;
import org.kiloguardian.habits.event.HabitCreated;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.habits.event.HabitPurged;
import org.kiloguardian.habits.event.HabitUpdated;
import org.kiloguardian.meds.event.DoseMissed;
import org.kiloguardian.meds.event.LowStock;
import org.kiloguardian.meds.event.MedicationAlert;
import org.kiloguardian.meds.event.MedicationAdded;
import org.kiloguardian.meds.event.MedicationDue;
import org.kiloguardian.meds.event.MedicationSkipped;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.event.MedicationUpdated;


/**
 * The domain modules' events, after their transaction commits, as the Socket.IO events the
 * household's clients listen for (docs/realtime.md), every payload named by {@link EventPayloads}. Nothing is pushed for a change that
 * rolled back. Habit and medication payloads say whose item it is ({@code person_id},
 * {@code person_name}, null for the household's); dose reminders and missed-dose alerts go only to
 * that person's and their caregivers' sockets ({@link PersonRooms}), everything else to everyone.
 * The transaction events go out through {@link TransactionBroadcasts}, which folds a bulk change.
 */
@ApplicationScoped
public class HouseholdEventBridge {

    private final RealtimeEmitter emitter;
    private final Clock clock;
    private final PersonRooms rooms;
    private final EventPayloads payloads;

    HouseholdEventBridge(RealtimeEmitter emitter, Clock clock, PersonRooms rooms, EventPayloads payloads) {
        this.emitter = emitter;
        this.clock = clock;
        this.rooms = rooms;
        this.payloads = payloads;
    }

    void habit(@Observes(during = TransactionPhase.AFTER_SUCCESS) HabitEvent event) {
        emit(eventName(event), event);
    }

    /** Java 17 has no pattern switch: the sealed interface's five records, named for the wire. */
    static String eventName(HabitEvent event) {
        if (event instanceof HabitCreated) {
            return "habit_created";
        }
        if (event instanceof HabitCompleted) {
            return "habit_completed";
        }
        if (event instanceof HabitArchived || event instanceof HabitPurged) {
            return "habit_archived";
        }
        return "habit_updated";
    }

    void medAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationAdded added) {
        emit("med_added", payload("med_id", added.medId(), "med_name", added.medName(), "dosage", added.dosage(),
                "frequency", added.frequency(), "stock", added.stock(), "timestamp", at(added.timestamp()),
                "person_id", added.personId(), "person_name", added.personName()));
    }

    void medUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationUpdated updated) {
        emit("med_updated", payload("med_id", updated.medId(), "med_name", updated.medName(), "dosage", updated.dosage(),
                "frequency", updated.frequency(), "active", updated.active(), "stock", updated.stock(),
                "timestamp", at(updated.timestamp()), "person_id", updated.personId(), "person_name", updated.personName()));
    }

    void medTaken(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationTaken taken) {
        emit("med_taken", payload("med_id", taken.medId(), "med_name", taken.medName(), "dosage", taken.dosage(),
                "dose_id", taken.doseId(), "amount", taken.amount(), "stock", taken.stock(),
                "insufficient_stock", taken.insufficientStock(), "timestamp", at(taken.timestamp()),
                "person_id", taken.personId(), "person_name", taken.personName()));
    }

    void medSkipped(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationSkipped skipped) {
        emit("med_skipped", payload("med_id", skipped.medId(), "med_name", skipped.medName(), "dosage", skipped.dosage(),
                "dose_id", skipped.doseId(), "stock", skipped.stock(), "timestamp", at(skipped.timestamp()),
                "person_id", skipped.personId(), "person_name", skipped.personName()));
    }

    /** A dose reminder: to the person's and their caregivers' screens only. */
    void medDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationDue due) {
        rooms.audienceOf(due.personId()).emit(Notification.EVENT, payloads.of(new Notification("med_due", due.content(),
                payload("med_id", due.medId(), "med_name", due.medName(), "dosage", due.dosage(),
                        "scheduled_at", due.scheduledAt().toString(), "snoozed", due.snoozed()),
                at(due.timestamp()), due.personId(), due.personName())));
    }

    /** Low stock is the household's shopping: everyone hears of it, with whose medication it is. */
    void lowStock(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowStock low) {
        emit(KiloAlert.EVENT, kiloAlert(LowStock.ALERT_TYPE, low.alert()));
    }

    /** A missed dose: to the person's and their caregivers' screens only. */
    void doseMissed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DoseMissed missed) {
        rooms.audienceOf(missed.alert().personId()).emit(KiloAlert.EVENT, payloads.of(kiloAlert(DoseMissed.ALERT_TYPE, missed.alert())));
    }

    void budgetThreshold(@Observes(during = TransactionPhase.AFTER_SUCCESS) BudgetThresholdCrossed crossed) {
        boolean over = crossed.threshold() >= 100;
        emit(KiloAlert.EVENT, new KiloAlert(over ? "budget_exceeded" : "budget_warning", crossed.message(),
                over ? "high" : "medium", true, at(crossed.timestamp())));
    }

    void lowBalance(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowBalance low) {
        emit(KiloAlert.EVENT, new KiloAlert(LowBalance.ALERT_TYPE, low.message(), "medium", true, at(low.timestamp())));
    }

    void billDueSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) BillDueSoon bill) {
        emit(Notification.EVENT, new Notification("bill_due", bill.message(),
                payload("bill_id", bill.billId(), "due_date", bill.dueDate().toString(), "amount", bill.amount()),
                at(bill.timestamp())));
    }

    /** To every socket of the default namespace, with the payload's wire names. */
    private void emit(String event, Object payload) {
        emitter.emit(event, payloads.of(payload));
    }

    private KiloAlert kiloAlert(String alertType, MedicationAlert alert) {
        return new KiloAlert(alertType, alert.message(), alert.severity(), alert.actionable(), at(alert.timestamp()),
                alert.personId(), alert.personName());
    }

    /** Timestamps in the household's offset, as the old server sent them. */
    private OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant == null ? Instant.now(clock) : instant, clock.getZone());
    }

    /** Insertion-ordered, and unlike Map.of it keeps a null value (a dosage nobody entered). */
    private static Map<String, Object> payload(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
