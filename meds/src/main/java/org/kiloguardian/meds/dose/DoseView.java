package org.kiloguardian.meds.dose;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One entry of the dose log, times in the household zone. {@code id} is null for a scheduled dose
 * with no record yet (status due, missed or upcoming); {@code scheduledAt} is null for an
 * as-needed or extra dose.
 */
public record DoseView(
        Long id,
        long medicationId,
        OffsetDateTime scheduledAt,
        String status,
        OffsetDateTime takenAt,
        OffsetDateTime snoozedUntil,
        BigDecimal amount,
        String note) {

    public static DoseView of(Dose dose, ZoneId zone) {
        return new DoseView(dose.id, dose.medicationId, at(dose.scheduledAt, zone), dose.status.json(),
                at(dose.takenAt, zone), at(dose.snoozedUntil, zone), dose.amount, dose.note);
    }

    public static DoseView of(long medicationId, DoseSlot slot, ZoneId zone) {
        if (slot.record() == null) {
            return new DoseView(null, medicationId, at(slot.scheduledAt(), zone), slot.state().json(), null, null, null, null);
        }
        Dose dose = slot.record();
        return new DoseView(dose.id, medicationId, at(slot.scheduledAt(), zone), slot.state().json(), at(dose.takenAt, zone),
                at(dose.snoozedUntil, zone), dose.amount, dose.note);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
