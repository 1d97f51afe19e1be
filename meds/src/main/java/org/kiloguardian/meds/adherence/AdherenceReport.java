package org.kiloguardian.meds.adherence;

import java.time.LocalDate;
import java.util.List;

/** Adherence of all active scheduled medications together ({@code overall}) and of each one. */
public record AdherenceReport(LocalDate today, Rate last7Days, Rate last30Days, Rate last90Days, List<DayAdherence> history,
        List<MedicationAdherence> medications) {
}
