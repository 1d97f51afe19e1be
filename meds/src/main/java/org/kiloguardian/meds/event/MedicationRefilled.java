package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A medication was refilled: {@code quantity} units added, {@code stock} is the new count. */
public record MedicationRefilled(
        long medId,
        String medName,
        BigDecimal quantity,
        BigDecimal stock,
        Instant timestamp) {
}
