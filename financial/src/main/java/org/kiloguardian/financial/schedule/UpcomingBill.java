package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bill to pay soon. {@code status} is "due" for a due date that has arrived unpaid
 * ({@code overdue} once it has passed) and "upcoming" for one still ahead.
 */
public record UpcomingBill(Long billId, String name, LocalDate dueDate, BigDecimal amount, String payee, String status,
        boolean overdue) {
}
