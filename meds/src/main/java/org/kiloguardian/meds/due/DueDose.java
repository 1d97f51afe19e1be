package org.kiloguardian.meds.due;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A scheduled dose of today whose time has come and that is neither taken nor skipped (nor snoozed
 * into the future). {@code status}: "due", or "missed" once the grace period is over;
 * {@code overdue} once {@code kilo.meds.overdue-after} has passed; {@code personId}: whose dose it
 * is, null for a shared medication.
 */
public record DueDose(
        long medicationId,
        String name,
        String dosage,
        String form,
        Long personId,
        BigDecimal doseAmount,
        String instructions,
        OffsetDateTime scheduledAt,
        String time,
        String status,
        boolean overdue,
        OffsetDateTime snoozedUntil,
        BigDecimal stock,
        boolean insufficientStock) {
}
