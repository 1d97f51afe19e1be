package org.kiloguardian.financial.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
        Instant timestamp) {

    public String message() {
        return name + " (" + amount + " " + currency + ") is due on " + dueDate + ".";
    }
}
