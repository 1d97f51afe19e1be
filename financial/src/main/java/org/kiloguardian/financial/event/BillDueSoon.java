package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.kiloguardian.financial.alert.AlertWording;

/**
 * An unpaid bill falls due within two days (or today). Fired once per bill and due date; the
 * module remembers that it was sent. Socket.IO {@code notification} (type bill_due).
 */
public record BillDueSoon(
        long billId,
        String name,
        LocalDate dueDate,
        BigDecimal amount,
        String currency,
        Instant timestamp,
        String message) {

    /** The sentence for the household, e.g. "Rent (€700.00) is due on 7 Dec 2026." (a payment's amount without its sign) */
    public static String message(String name, LocalDate dueDate, BigDecimal amount, AlertWording wording) {
        return name + " (" + wording.money(amount.abs()) + ") is due on " + wording.date(dueDate) + ".";
    }
}
