package org.kiloguardian.meds.medication;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.kiloguardian.meds.schedule.DoseSchedule;
import org.kiloguardian.meds.stock.Supply;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A medication as the API and the UI show it, with its supply worked out from the schedule;
 * {@code personId} null: shared by the household.
 */
public record MedicationView(
        Long id,
        String name,
        String dosage,
        String form,
        BigDecimal doseAmount,
        @JsonFormat(pattern = "HH:mm") List<LocalTime> times,
        List<DayOfWeek> weekdays,
        Integer everyHours,
        boolean asNeeded,
        Integer minIntervalHours,
        Integer maxPerDay,
        LocalDate startDate,
        LocalDate endDate,
        String instructions,
        String prescriber,
        String notes,
        BigDecimal stock,
        int lowStockDays,
        boolean active,
        Long personId,
        String frequency,
        BigDecimal dosesPerDay,
        BigDecimal daysOfSupply,
        boolean lowStock,
        Instant createdAt,
        Instant updatedAt) {

    public static MedicationView of(Medication medication) {
        DoseSchedule schedule = medication.schedule;
        Supply supply = Supply.of(medication);
        return new MedicationView(medication.id, medication.name, medication.dosage, medication.form,
                medication.doseAmount, List.copyOf(schedule.times), schedule.weekdays.stream().sorted().toList(), schedule.everyHours,
                schedule.asNeeded, schedule.minIntervalHours, schedule.maxPerDay, schedule.startDate, schedule.endDate,
                medication.instructions, medication.prescriber, medication.notes, medication.stock,
                medication.lowStockDays, medication.active, medication.personId, schedule.describe(), schedule.dosesPerDay(),
                supply.daysOfSupply(), supply.low(), medication.createdAt, medication.updatedAt);
    }

    /** The request that would recreate this medication: the base a JSON merge patch applies to. */
    MedicationRequest toRequest() {
        return new MedicationRequest(name, dosage, form, doseAmount, times, Set.copyOf(weekdays), everyHours, asNeeded,
                minIntervalHours, maxPerDay, startDate, endDate, instructions, prescriber, notes, stock,
                lowStockDays, active, personId);
    }
}
