package org.kiloguardian.financial.transaction;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionFacts;
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
        added.fire(new TransactionAdded(facts(t), t.type.wireName(), t.source.wireName()));
    }

    void updated(Transaction t) {
        updated.fire(new TransactionUpdated(facts(t), t.type.wireName()));
    }

    void deleted(Transaction t) {
        deleted.fire(new TransactionDeleted(facts(t)));
    }

    private TransactionFacts facts(Transaction t) {
        return new TransactionFacts(t.id, Money.shown(t.amount), Instant.now(clock), t.categoryName(), t.description, t.date,
                t.account.id);
    }
}
