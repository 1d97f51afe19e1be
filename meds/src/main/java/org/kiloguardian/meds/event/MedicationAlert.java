package org.kiloguardian.meds.event;

import java.time.Instant;

/**
 * What a medication warning says, whoever raises it ({@link LowStock}, {@link DoseMissed}): the
 * {@code kilo_alert} a screen shows and the reminder a phone gets. {@code personId} and
 * {@code personName} say whose medication it is; null for a shared one.
 */
public record MedicationAlert(
        String message,
        String severity,
        boolean actionable,
        Instant timestamp,
        Long personId,
        String personName) {
}
