package org.kiloguardian.meds.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A scheduled dose is due now (Socket.IO {@code notification} with {@code type: "med_due"}):
 * {@code content} is the text to show, the other fields are its metadata.
 */
public record MedicationDue(
        long medId,
        String medName,
        String dosage,
        BigDecimal doseAmount,
        String instructions,
        OffsetDateTime scheduledAt,
        boolean snoozed,
        String content,
        Instant timestamp,
        Long personId,
        String personName) {

    public static final String NOTIFICATION_TYPE = "med_due";
}
