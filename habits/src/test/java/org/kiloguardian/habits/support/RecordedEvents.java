package org.kiloguardian.habits.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.habits.event.HabitEvent;

/** Observes habit events the way the gateway will: only after the transaction committed. */
@ApplicationScoped
public class RecordedEvents {

    private final List<HabitEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) HabitEvent event) {
        events.add(event);
    }

    public List<HabitEvent> of(long habitId) {
        return events.stream().filter(event -> event.habitId() == habitId).toList();
    }

    public List<HabitEvent> all() {
        return List.copyOf(events);
    }
}
