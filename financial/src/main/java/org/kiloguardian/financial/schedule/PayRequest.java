package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.kiloguardian.financial.account.KnownAccount;
import org.kiloguardian.rest.StorableDate;

/**
 * Paying a bill; every field is optional. Without {@code dueDate} the oldest unpaid due date is
 * paid, or the next one ahead. {@code paidOn} defaults to today, {@code amount} to the bill's,
 * {@code accountId} to the bill's account.
 */
public record PayRequest(
        @StorableDate LocalDate dueDate,
        @StorableDate LocalDate paidOn,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @KnownAccount Long accountId) {

    static PayRequest defaults() {
        return new PayRequest(null, null, null, null);
    }
}
