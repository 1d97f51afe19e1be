package org.kiloguardian.financial.transaction;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.kiloguardian.database.kept.KeptReads;
import org.kiloguardian.financial.event.FinanceRecordChanged;
import org.kiloguardian.financial.event.TransactionAdded;
import org.kiloguardian.financial.event.TransactionDeleted;
import org.kiloguardian.financial.event.TransactionUpdated;

/**
 * Pages of the transaction list, kept until a transaction, an account or a category changes, up to
 * {@link #MAXIMUM_ROWS} rows in all (the least used pages go first): the
 * dashboard, the finance page and scripts read the same few pages many times between two changes,
 * and a page was ~1.5 ms of CPU and four queries (docs/performance.md). Every write of a transaction
 * goes through {@link TransactionService} and fires one of its events; accounts' and categories'
 * changes (names, opening balances, a deleted category's transactions moved) fire
 * {@link FinanceRecordChanged}, which every other finance change fires too.
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

    void added(@Observes TransactionAdded changed) {
        kept.changing();
    }

    void addedEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) TransactionAdded changed) {
        kept.changed();
    }

    void updated(@Observes TransactionUpdated changed) {
        kept.changing();
    }

    void updatedEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) TransactionUpdated changed) {
        kept.changed();
    }

    void deleted(@Observes TransactionDeleted changed) {
        kept.changing();
    }

    void deletedEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) TransactionDeleted changed) {
        kept.changed();
    }

    void recordChanged(@Observes FinanceRecordChanged changed) {
        kept.changing();
    }

    void recordChangedEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) FinanceRecordChanged changed) {
        kept.changed();
    }
}
