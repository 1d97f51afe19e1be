package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A dose was taken (Socket.IO {@code med_taken}). {@code scheduledAt} is null for an as-needed or
 * extra dose; {@code insufficientStock} says the stock did not cover the dose.
 */
public record MedicationTaken(
        long medId,
        String medName,
        String dosage,
        long doseId,
        Instant scheduledAt,
        BigDecimal amount,
        BigDecimal stock,
        boolean insufficientStock,
        Instant timestamp,
        Long personId,
        String personName) {
}
