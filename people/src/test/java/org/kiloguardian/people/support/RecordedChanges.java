package org.kiloguardian.people.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.people.event.PersonChanged;

/** Observes person events the way the gateway and the UI do: only after the transaction committed. */
@ApplicationScoped
public class RecordedChanges {

    private final List<PersonChanged> events = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged event) {
        events.add(event);
    }

    public List<PersonChanged> of(long personId) {
        return events.stream().filter(event -> event.personId() == personId).toList();
    }
}
