package org.kiloguardian.financial.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.financial.event.BillDueSoon;
import org.kiloguardian.financial.event.BudgetThresholdCrossed;
import org.kiloguardian.financial.event.FinanceRecordChanged;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionUpdated;

/** Observes the module's events the way the gateway does: only after the change committed. */
@ApplicationScoped
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    void added(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransactionAdded event) {
        events.add(event);
    }

    void updated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransactionUpdated event) {
        events.add(event);
    }

    void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransactionDeleted event) {
        events.add(event);
    }

    void threshold(@Observes(during = TransactionPhase.AFTER_SUCCESS) BudgetThresholdCrossed event) {
        events.add(event);
    }

    void billDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) BillDueSoon event) {
        events.add(event);
    }

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) FinanceRecordChanged event) {
        events.add(event);
    }

    public void clear() {
        events.clear();
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
