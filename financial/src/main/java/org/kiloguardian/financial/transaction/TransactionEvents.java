package org.kiloguardian.financial.transaction;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.financial.money.Money;

/** Fires the transaction events inside the caller's database transaction. */
@ApplicationScoped
class TransactionEvents {

    private final Event<TransactionAdded> added;
    private final Event<TransactionUpdated> updated;
    private final Event<TransactionDeleted> deleted;
    private final Clock clock;

    TransactionEvents(Event<TransactionAdded> added, Event<TransactionUpdated> updated, Event<TransactionDeleted> deleted,
            Clock clock) {
        this.added = added;
        this.updated = updated;
        this.deleted = deleted;
        this.clock = clock;
    }

    void added(Transaction t) {
        added.fire(new TransactionAdded(t.id, Money.shown(t.amount), now(), t.categoryName(), t.description, t.date,
                t.account.id, t.type.wireName(), t.source.wireName()));
    }

    void updated(Transaction t) {
        updated.fire(new TransactionUpdated(t.id, Money.shown(t.amount), now(), t.categoryName(), t.description, t.date,
                t.account.id, t.type.wireName()));
    }

    void deleted(Transaction t) {
        deleted.fire(new TransactionDeleted(t.id, Money.shown(t.amount), now(), t.categoryName(), t.description, t.date,
                t.account.id));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
