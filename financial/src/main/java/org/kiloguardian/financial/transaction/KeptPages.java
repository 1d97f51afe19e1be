package org.kiloguardian.financial.transaction;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.database.kept.KeptReads;
import org.kiloguardian.financial.event.FinanceChange;
import org.kiloguardian.financial.event.FinanceRecordChanged;

/**
 * Pages of the transaction list, kept until a transaction, an account or a category changes, up to
 * {@link #MAXIMUM_ROWS} rows in all (the least used pages go first): the
 * dashboard, the finance page and scripts read the same few pages many times between two changes,
 * and a page was ~1.5 ms of CPU and four queries (docs/performance.md). Every write fires a
 * {@link FinanceChange}: transactions' through {@link TransactionService}, accounts' and categories'
 * (names, opening balances, a deleted category's transactions moved) as {@link FinanceRecordChanged}.
 */
@ApplicationScoped
class KeptPages {

    /** Rows of all kept pages together, about a MiB, whether in pages of 50 or of 500. */
    static final int MAXIMUM_ROWS = 2_000;

    private final KeptReads<Query, TransactionPage> kept = new KeptReads<>(MAXIMUM_ROWS, page -> page.items().size() + 1,
            Duration.ofMinutes(1));

    private record Query(TransactionFilter filter, PageRequest page) {
    }

    TransactionPage of(TransactionFilter filter, PageRequest page, Supplier<TransactionPage> read) {
        return kept.get(new Query(filter, page), () -> immutable(read.get()));
    }

    private static TransactionPage immutable(TransactionPage page) {
        return new TransactionPage(List.copyOf(page.items()), page.page(), page.size(), page.total(), page.totalPages());
    }

    void changing(@Observes FinanceChange change) {
        kept.changing();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) FinanceChange change) {
        kept.changed();
    }
}
