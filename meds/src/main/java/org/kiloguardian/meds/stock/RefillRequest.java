package org.kiloguardian.meds.stock;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Units to add to the stock, e.g. 30 tablets or 150 (ml). */
public record RefillRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 3) BigDecimal quantity,
        @Size(max = 500) String note) {
}
