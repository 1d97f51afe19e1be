package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;

import org.kiloguardian.financial.alert.AlertWording;

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
        Instant timestamp,
        String message) {

    public static final String ALERT_TYPE = "low_balance";

    /** The sentence for the household, e.g. "Household: the balance is €42.10, under the €100.00 you set." */
    public static String message(String account, BigDecimal balance, BigDecimal below, AlertWording wording) {
        return account + ": the balance is " + wording.money(balance) + ", under the " + wording.money(below) + " you set.";
    }
}
