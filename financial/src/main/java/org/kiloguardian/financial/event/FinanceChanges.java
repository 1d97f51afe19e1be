package org.kiloguardian.financial.event;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.kiloguardian.financial.event.FinanceRecordChanged.Change;
import org.kiloguardian.financial.event.FinanceRecordChanged.Kind;

/** Fires {@link FinanceRecordChanged} inside the caller's database transaction. */
@ApplicationScoped
public class FinanceChanges {

    private final Event<FinanceRecordChanged> changed;
    private final Clock clock;

    FinanceChanges(Event<FinanceRecordChanged> changed, Clock clock) {
        this.changed = changed;
        this.clock = clock;
    }

    public void created(Kind kind, long id) {
        fire(kind, id, Change.CREATED);
    }

    public void updated(Kind kind, long id) {
        fire(kind, id, Change.UPDATED);
    }

    public void deleted(Kind kind, long id) {
        fire(kind, id, Change.DELETED);
    }

    private void fire(Kind kind, long id, Change change) {
        changed.fire(new FinanceRecordChanged(kind, id, change, Instant.now(clock)));
    }
}
