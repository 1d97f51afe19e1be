package org.kiloguardian.notifications.action;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Taking and snoozing a dose, as the meds module does it (stock, events, Socket.IO): the gateway
 * implements this. Both join the caller's transaction and throw a {@code Conflict} (rest/, a 409)
 * for a dose that is no longer open.
 */
public interface DoseActions {

    /** @return the stock left after the dose */
    BigDecimal take(long medicationId, Instant scheduledAt);

    void snooze(long medicationId, Instant scheduledAt, int minutes);
}
