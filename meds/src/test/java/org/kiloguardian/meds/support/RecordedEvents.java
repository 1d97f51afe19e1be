package org.kiloguardian.meds.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Singleton;

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

/** Observes the module's domain events the way the gateway does: only after a successful commit. */
@Singleton
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    public void clear() {
        events.clear();
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    void added(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationAdded event) {
        events.add(event);
    }

    void updated(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationUpdated event) {
        events.add(event);
    }

    void removed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationRemoved event) {
        events.add(event);
    }

    void refilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationRefilled event) {
        events.add(event);
    }

    void taken(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationTaken event) {
        events.add(event);
    }

    void skipped(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationSkipped event) {
        events.add(event);
    }

    void undone(@Observes(during = TransactionPhase.AFTER_SUCCESS) DoseUndone event) {
        events.add(event);
    }

    void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) MedicationDue event) {
        events.add(event);
    }

    void lowStock(@Observes(during = TransactionPhase.AFTER_SUCCESS) LowStock event) {
        events.add(event);
    }

    void missed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DoseMissed event) {
        events.add(event);
    }
}
