package org.kiloguardian.meds.dose;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * Taking a dose; every field is optional. Without scheduledAt the open dose of today nearest to now
 * is taken; amount defaults to the medication's doseAmount; force overrides the as-needed limits and
 * records an extra dose when every dose of today is already settled.
 */
public record TakeRequest(
        OffsetDateTime scheduledAt,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 3) BigDecimal amount,
        @Size(max = 500) String note,
        Boolean force) {

    public static final TakeRequest NOW = new TakeRequest(null, null, null, null);

    boolean forced() {
        return Boolean.TRUE.equals(force);
    }
}
