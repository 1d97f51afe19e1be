package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A medication was added (Socket.IO {@code med_added}). Rich enough for the gateway to create the
 * linked adherence habit: the times of day ("HH:MM"), the weekdays and the doses per day.
 */
public record MedicationAdded(
        long medId,
        String medName,
        String dosage,
        String form,
        String frequency,
        List<String> times,
        List<String> weekdays,
        Integer everyHours,
        boolean asNeeded,
        BigDecimal dosesPerDay,
        BigDecimal doseAmount,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal stock,
        Instant timestamp,
        Long personId,
        String personName) {
}
