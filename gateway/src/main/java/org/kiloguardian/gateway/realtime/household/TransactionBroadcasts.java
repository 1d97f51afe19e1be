package org.kiloguardian.gateway.realtime.household;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionFacts;
import org.kiloguardian.financial.event.TransactionUpdated;
import org.kiloguardian.gateway.realtime.emit.RealtimeEmitter;

/**
 * The transaction events of one database transaction, sent once it commits: each as its own
 * {@code transaction_added}, {@code transaction_updated} or {@code transaction_deleted}, or, when
 * one change wrote more than {@link #ONE_BY_ONE} transactions (an import, re-applying the rules, a
 * bulk delete), one {@link TransactionsChanged} instead. Thousands of events in one burst
 * overflowed the send queue of a client on long-polling ({@code kilo.realtime.max-queued-packets}),
 * which was then dropped as too slow. None of these bulk changes existed in the old system, so no
 * old client waits for their events one by one.
 */
@ApplicationScoped
class TransactionBroadcasts {

    /** Up to this many transactions in one change go out one by one, as the old clients expect. */
    static final int ONE_BY_ONE = 100;

    private final TransactionSynchronizationRegistry transactions;
    private final RealtimeEmitter emitter;
    private final EventPayloads payloads;
    private final Clock clock;

    TransactionBroadcasts(TransactionSynchronizationRegistry transactions, RealtimeEmitter emitter, EventPayloads payloads,
            Clock clock) {
        this.transactions = transactions;
        this.emitter = emitter;
        this.payloads = payloads;
        this.clock = clock;
    }

    void added(@Observes TransactionAdded added) {
        collect(new Written("transaction_added", added, added.transaction()));
    }

    void updated(@Observes TransactionUpdated updated) {
        collect(new Written("transaction_updated", updated, updated.transaction()));
    }

    void deleted(@Observes TransactionDeleted deleted) {
        collect(new Written("transaction_deleted", deleted, deleted.transaction()));
    }

    private void collect(Written written) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            send(List.of(written)); // no transaction to wait for (the services always have one)
            return;
        }
        @SuppressWarnings("unchecked")
        List<Written> pending = (List<Written>) transactions.getResource(TransactionBroadcasts.class);
        if (pending == null) {
            List<Written> fresh = new ArrayList<>();
            transactions.putResource(TransactionBroadcasts.class, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) { // nothing is pushed for a change that rolled back
                        send(fresh);
                    }
                }
            });
            pending = fresh;
        }
        pending.add(written);
    }

    private void send(List<Written> written) {
        if (written.size() <= ONE_BY_ONE) {
            written.forEach(one -> emitter.emit(one.event(), payloads.of(one.payload())));
            return;
        }
        int added = 0;
        int updated = 0;
        int deleted = 0;
        TreeSet<Long> accounts = new TreeSet<>();
        for (Written one : written) {
            accounts.add(one.facts().accountId());
            if (one.payload() instanceof TransactionAdded) {
                added++;
            } else if (one.payload() instanceof TransactionUpdated) {
                updated++;
            } else {
                deleted++;
            }
        }
        emitter.emit(TransactionsChanged.EVENT, payloads.of(new TransactionsChanged(added, updated, deleted,
                List.copyOf(accounts), OffsetDateTime.now(clock))));
    }

    private record Written(String event, Object payload, TransactionFacts facts) {
    }
}
