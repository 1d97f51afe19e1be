package org.kiloguardian.meds.event;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A scheduled dose was neither taken nor skipped within the grace period (Socket.IO {@code kilo_alert}). */
public record DoseMissed(
        long medId,
        String medName,
        String dosage,
        long doseId,
        OffsetDateTime scheduledAt,
        String message,
        String severity,
        boolean actionable,
        Instant timestamp,
        Long personId,
        String personName) {

    public static final String ALERT_TYPE = "missed_dose";
}
