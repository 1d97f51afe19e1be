package org.kiloguardian.meds.medication;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kiloguardian.owner.KnownPerson;
import org.kiloguardian.rest.StorableDate;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A medication as a client sends it (POST and PUT; PATCH merges onto the current one). Absent
 * optional fields take their defaults: doseAmount 1, startDate today, lowStockDays 7, active true,
 * stock 0 on create (a PUT without stock keeps the stock on hand), shared by the household (no
 * {@code personId}). Times are "HH:MM".
 */
@ConsistentSchedule
public record MedicationRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String dosage,
        @Size(max = 50) String form,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 3) BigDecimal doseAmount,
        @Size(max = 24) @JsonFormat(pattern = "HH:mm") List<@NotNull LocalTime> times,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) Set<@NotNull DayOfWeek> weekdays,
        @Min(1) @Max(168) Integer everyHours,
        Boolean asNeeded,
        @Min(1) @Max(168) Integer minIntervalHours,
        @Min(1) @Max(100) Integer maxPerDay,
        @StorableDate LocalDate startDate,
        @StorableDate LocalDate endDate,
        @Size(max = 2000) String instructions,
        @Size(max = 100) String prescriber,
        @Size(max = 2000) String notes,
        @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal stock,
        @Min(0) @Max(365) Integer lowStockDays,
        Boolean active,
        @KnownPerson Long personId) {

    /** The same medication for one person of the household; null: shared. */
    public MedicationRequest withPersonId(Long newPersonId) {
        return new MedicationRequest(name, dosage, form, doseAmount, times, weekdays, everyHours, asNeeded, minIntervalHours,
                maxPerDay, startDate, endDate, instructions, prescriber, notes, stock, lowStockDays, active, newPersonId);
    }

    boolean isAsNeeded() {
        return Boolean.TRUE.equals(asNeeded);
    }
}
