package org.kiloguardian.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Singleton;

/**
 * The household's domain events a test caused, observed the way the gateway observes them: only
 * after a successful commit. Framework events (start-up and the like) are not kept.
 */
@Singleton
public class RecordedEvents {

    private static final String HOUSEHOLD_PACKAGES = "org.kiloguardian.";

    private final List<Object> events = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) Object event) {
        if (event.getClass().getName().startsWith(HOUSEHOLD_PACKAGES)) {
            events.add(event);
        }
    }

    public void clear() {
        events.clear();
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The events of a type that match, e.g. those of one habit. */
    public <T> List<T> of(Class<T> type, Predicate<? super T> which) {
        return of(type).stream().filter(which).toList();
    }

    public List<Object> all() {
        return List.copyOf(events);
    }
}
