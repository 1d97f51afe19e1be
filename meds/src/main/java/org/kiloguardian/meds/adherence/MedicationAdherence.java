package org.kiloguardian.meds.adherence;

import java.util.List;

/** One medication's adherence over the last 7, 30 and 90 days, and its per-day history; {@code personId}: whose. */
public record MedicationAdherence(long medicationId, String name, String dosage, Long personId, Rate last7Days, Rate last30Days,
        Rate last90Days, List<DayAdherence> history) {
}
