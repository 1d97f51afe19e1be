package org.kiloguardian.meds.event;

import java.time.OffsetDateTime;

/** A scheduled dose was neither taken nor skipped within the grace period (Socket.IO {@code kilo_alert}). */
public record DoseMissed(
        long medId,
        String medName,
        String dosage,
        long doseId,
        OffsetDateTime scheduledAt,
        MedicationAlert alert) {

    public static final String ALERT_TYPE = "missed_dose";
}
