package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A dose record of today was taken back; the stock it used is restored. */
public record DoseUndone(long medId, String medName, long doseId, String undoneStatus, Instant scheduledAt,
        BigDecimal stock, Instant timestamp) {
}
