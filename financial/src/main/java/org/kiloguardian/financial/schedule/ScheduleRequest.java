package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.financial.account.KnownAccount;
import org.kiloguardian.financial.category.KnownCategory;
import org.kiloguardian.rest.StorableDate;

/**
 * A bill or recurring transaction as a client writes it. For a recurring transaction
 * {@code amount} is signed (salary positive, rent negative); for a bill it is what is owed and its
 * sign is ignored. {@code startDate} defaults to today, {@code dayOfMonth} (monthly) to the start
 * date's day; {@code intervalDays} is required for every_n_days.
 */
@ValidRecurrence
public record ScheduleRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @KnownAccount Long accountId,
        @KnownCategory String category,
        @Size(max = 200) String payee,
        @NotNull Frequency frequency,
        @Min(1) @Max(31) Integer dayOfMonth,
        @Min(1) @Max(3660) Integer intervalDays,
        @StorableDate LocalDate startDate,
        @StorableDate LocalDate endDate,
        Boolean active) {
}
