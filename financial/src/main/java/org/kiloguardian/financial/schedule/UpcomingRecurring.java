package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recurring transaction that will book itself on {@code dueDate} ({@code amount} is signed). */
public record UpcomingRecurring(Long recurringId, String name, LocalDate dueDate, BigDecimal amount, String payee) {
}
