package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An account's balance fell under the level the household set for it ({@code lowBalanceBelow}).
 * Fired once each time it falls under; it is due again once the balance is back at or above the
 * level. Socket.IO {@code kilo_alert} (alert_type low_balance).
 */
public record LowBalance(
        long accountId,
        String account,
        BigDecimal balance,
        BigDecimal below,
        String currency,
        Instant timestamp) {

    public static final String ALERT_TYPE = "low_balance";

    /** A sentence for the household, e.g. "Household: the balance is 42.10 EUR, under the 100.00 EUR you set." */
    public String message() {
        return account + ": the balance is " + balance.toPlainString() + " " + currency + ", under the "
                + below.toPlainString() + " " + currency + " you set.";
    }
}
