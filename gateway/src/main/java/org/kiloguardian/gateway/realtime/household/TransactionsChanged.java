package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Socket.IO {@code transactions_changed}: one change wrote many transactions at once (an import,
 * re-applying the rules, a bulk delete). How many of each, in which accounts; the client reloads
 * the list instead of getting thousands of {@code transaction_added} in one burst.
 */
public record TransactionsChanged(int added, int updated, int deleted, List<Long> accountIds, OffsetDateTime timestamp) {

    public static final String EVENT = "transactions_changed";
}
