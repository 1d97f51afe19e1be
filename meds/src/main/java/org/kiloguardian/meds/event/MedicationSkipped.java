package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;

/** A scheduled dose was skipped on purpose (Socket.IO {@code med_skipped}). */
public record MedicationSkipped(
        long medId,
        String medName,
        String dosage,
        long doseId,
        Instant scheduledAt,
        BigDecimal stock,
        Instant timestamp,
        Long personId,
        String personName) {
}
