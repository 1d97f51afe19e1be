package org.kiloguardian.financial.budget;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.financial.category.KnownCategory;
import org.kiloguardian.financial.validation.Formatted;
import org.kiloguardian.financial.validation.TextFormat;

/** {@code startMonth} (YYYY-MM, default this month) is where rollover starts counting. */
public record BudgetRequest(
        @NotBlank @KnownCategory String category,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal monthlyLimit,
        Boolean rollover,
        @Formatted(TextFormat.MONTH) String startMonth) {
}
