package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A medication was edited, archived or restored (Socket.IO {@code med_updated}). */
public record MedicationUpdated(
        long medId,
        String medName,
        String dosage,
        String frequency,
        List<String> times,
        boolean active,
        BigDecimal stock,
        Instant timestamp,
        Long personId,
        String personName) {
}
