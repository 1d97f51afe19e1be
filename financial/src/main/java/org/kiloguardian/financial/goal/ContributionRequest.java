package org.kiloguardian.financial.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.rest.StorableDate;

/** {@code amount} is signed: negative takes money out of the goal. {@code date} defaults to today. */
public record ContributionRequest(
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @StorableDate LocalDate date,
        @Size(max = 500) String note) {
}
