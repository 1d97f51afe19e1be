package org.kiloguardian.ui.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.financial.event.BillDueSoon;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.event.LowBalance;
import org.kiloguardian.financial.event.FinanceRecordChanged;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.meds.event.DoseMissed;
import org.kiloguardian.meds.event.DoseUndone;
import org.kiloguardian.meds.event.LowStock;
import org.kiloguardian.meds.event.MedicationAdded;
import org.kiloguardian.meds.event.MedicationDue;
import org.kiloguardian.meds.event.MedicationRefilled;
import org.kiloguardian.meds.event.MedicationRemoved;
import org.kiloguardian.meds.event.MedicationSkipped;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.event.MedicationUpdated;
import org.kiloguardian.people.event.PersonChanged;
import org.kiloguardian.security.event.AccessChanged;

/**
 * The domain modules' events, after their transaction committed, as redraws and notices for the
 * open views. Nothing is pushed for a change that was rolled back.
 */
@ApplicationScoped
public class DomainEventsToViews {

    private final LiveUpdates live;

    DomainEventsToViews(LiveUpdates live) {
        this.live = live;
    }

    void access(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessChanged event) {
        live.changed(Topic.ACCESS);
    }

    void person(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged event) {
        live.changed(Topic.PEOPLE);
    }

    void habit(@Observes(during = TransactionPhase.AFTER_SUCCESS) HabitEvent event) {
        live.changed(Topic.HABITS);
    }

    void medAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationAdded event) {
        live.changed(Topic.MEDS);
    }

    void medUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationUpdated event) {
        live.changed(Topic.MEDS);
    }

    void medRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationRemoved event) {
        live.changed(Topic.MEDS);
    }

    void refilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationRefilled event) {
        live.changed(Topic.MEDS);
    }

    void taken(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationTaken event) {
        live.changed(Topic.MEDS);
    }

    void skipped(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationSkipped event) {
        live.changed(Topic.MEDS);
    }

    void undone(@Observes(during = TransactionPhase.AFTER_SUCCESS) DoseUndone event) {
        live.changed(Topic.MEDS);
    }

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationDue event) {
        live.changed(Topic.MEDS);
        live.notice(Notice.notification(event.content(), event.timestamp()).about(event.personId()));
    }

    void lowStock(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowStock event) {
        live.changed(Topic.MEDS);
        live.notice(Notice.alert(event.alert().severity(), event.alert().message(), event.alert().timestamp()));
    }

    void missed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DoseMissed event) {
        live.changed(Topic.MEDS);
        live.notice(Notice.alert(event.alert().severity(), event.alert().message(), event.alert().timestamp())
                .about(event.alert().personId()));
    }

    void transactionAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransactionAdded event) {
        live.changed(Topic.FINANCE);
    }

    void transactionUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransactionUpdated event) {
        live.changed(Topic.FINANCE);
    }

    void transactionDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransactionDeleted event) {
        live.changed(Topic.FINANCE);
    }

    void financeRecord(@Observes(during = TransactionPhase.AFTER_SUCCESS) FinanceRecordChanged event) {
        live.changed(Topic.FINANCE);
    }

    void budget(@Observes(during = TransactionPhase.AFTER_SUCCESS) BudgetThresholdCrossed event) {
        live.changed(Topic.FINANCE);
        live.notice(Notice.alert(event.severity(), event.message(), event.timestamp()));
    }

    void lowBalance(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowBalance event) {
        live.changed(Topic.FINANCE);
        live.notice(Notice.alert("warning", event.message(), event.timestamp()));
    }

    void bill(@Observes(during = TransactionPhase.AFTER_SUCCESS) BillDueSoon event) {
        live.changed(Topic.FINANCE);
        live.notice(Notice.notification(event.message(), event.timestamp()));
    }
}
