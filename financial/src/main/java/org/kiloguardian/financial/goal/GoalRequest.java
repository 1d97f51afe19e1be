package org.kiloguardian.financial.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.rest.StorableDate;

/**
 * A goal as a client writes it. {@code savedAmount}, when given, is what should be saved now:
 * the difference is recorded as a contribution, so the history always adds up.
 */
public record GoalRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal targetAmount,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal savedAmount,
        @StorableDate LocalDate deadline) {
}
