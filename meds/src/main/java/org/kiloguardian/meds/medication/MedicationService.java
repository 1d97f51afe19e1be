package org.kiloguardian.meds.medication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.meds.event.MedicationAdded;
import org.kiloguardian.meds.event.MedicationRemoved;
import org.kiloguardian.meds.event.MedicationUpdated;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.meds.schedule.DoseSchedule;
import org.kiloguardian.rest.PersonFilter;
import org.kiloguardian.meds.schedule.TimesOfDayConverter;
import org.kiloguardian.meds.stock.StockAlerts;
import org.kiloguardian.meds.stock.Supply;
import org.kiloguardian.meds.stock.Units;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Adds, edits, archives and removes medications; the API and the UI both call it. */
@ApplicationScoped
public class MedicationService {

    private final Clock clock;
    private final MergePatch mergePatch;
    private final StockAlerts stockAlerts;
    private final Event<MedicationAdded> added;
    private final Event<MedicationUpdated> updated;
    private final Event<MedicationRemoved> removed;
    private final Owners owners;

    MedicationService(Clock clock, ObjectMapper json, Validator validator, StockAlerts stockAlerts,
            Event<MedicationAdded> added, Event<MedicationUpdated> updated, Event<MedicationRemoved> removed, Owners owners) {
        this.owners = owners;
        this.clock = clock;
        this.mergePatch = new MergePatch(json, validator);
        this.stockAlerts = stockAlerts;
        this.added = added;
        this.updated = updated;
        this.removed = removed;
    }

    /** Every medication by name; {@code active} filters active (true) or archived (false) ones. */
    @Transactional
    public List<MedicationView> list(Boolean active) {
        return list(active, PersonFilter.everyone());
    }

    /** By name; {@code person}: one person's medications, the caller's ({@code me}), the shared ones, or everyone's. */
    @Transactional
    public List<MedicationView> list(Boolean active, PersonFilter person) {
        Predicate<Long> owner = owners.select(person);
        return Medication.byName(active).stream().filter(medication -> owner.test(medication.personId)).map(MedicationView::of).toList();
    }

    /** How many medications, archived ones too, belong to this person: someone with medications is deactivated, not deleted. */
    @Transactional
    public long countOwnedBy(long personId) {
        return Medication.countOwnedBy(personId);
    }

    @Transactional
    public MedicationView get(long id) {
        return MedicationView.of(Medication.require(id));
    }

    @Transactional
    public MedicationView create(@Valid @NotNull MedicationRequest request) {
        Medication medication = new Medication();
        apply(request, medication, true);
        medication.createdAt = clock.instant();
        medication.updatedAt = medication.createdAt;
        medication.persistAndFlush();
        added.fire(addedEvent(medication));
        stockAlerts.afterChange(medication, false);
        return MedicationView.of(medication);
    }

    /** Replaces the medication (PUT). An absent stock or startDate keeps the current one. */
    @Transactional
    public MedicationView replace(long id, @Valid @NotNull MedicationRequest request) {
        Medication medication = Medication.lock(id);
        boolean wasLow = Supply.of(medication).low();
        apply(request, medication, false);
        medication.updatedAt = clock.instant();
        Medication.flush();
        updated.fire(updatedEvent(medication));
        stockAlerts.afterChange(medication, wasLow);
        return MedicationView.of(medication);
    }

    /**
     * Applies a JSON merge patch (RFC 7396): fields present replace the current value, null clears it
     * (back to its default). The merged medication is validated like a PUT.
     */
    @Transactional
    public MedicationView patch(long id, @NotNull JsonNode patch) {
        Medication medication = Medication.require(id);
        return replace(id, mergePatch.applyTo(MedicationView.of(medication).toRequest(), patch, MedicationRequest.class));
    }

    /** Deletes the medication with its dose log and refills. Archive it (active: false) to keep them. */
    @Transactional
    public void delete(long id) {
        Medication medication = Medication.require(id);
        medication.delete();
        removed.fire(new MedicationRemoved(id, medication.name, clock.instant()));
    }

    private void apply(MedicationRequest request, Medication medication, boolean creating) {
        medication.name = request.name().trim();
        medication.dosage = request.dosage();
        medication.form = request.form();
        medication.doseAmount = Units.of(request.doseAmount() != null ? request.doseAmount() : Medication.DEFAULT_DOSE_AMOUNT);
        DoseSchedule schedule = medication.schedule;
        boolean asNeeded = request.isAsNeeded();
        schedule.asNeeded = asNeeded;
        schedule.times = asNeeded || request.times() == null ? new ArrayList<>() : new ArrayList<>(request.times().stream().sorted().toList());
        schedule.weekdays = asNeeded || request.weekdays() == null || request.weekdays().isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(request.weekdays());
        schedule.everyHours = asNeeded ? null : request.everyHours();
        schedule.minIntervalHours = asNeeded ? request.minIntervalHours() : null;
        schedule.maxPerDay = asNeeded ? request.maxPerDay() : null;
        if (request.startDate() != null || creating) {
            schedule.startDate = request.startDate() != null ? request.startDate() : LocalDate.now(clock);
        }
        schedule.endDate = request.endDate();
        medication.instructions = request.instructions();
        medication.prescriber = request.prescriber();
        medication.notes = request.notes();
        if (request.stock() != null || creating) {
            medication.stock = Units.of(request.stock() != null ? request.stock() : BigDecimal.ZERO);
        }
        medication.lowStockDays = request.lowStockDays() != null ? request.lowStockDays() : Medication.DEFAULT_LOW_STOCK_DAYS;
        medication.active = request.active() == null || request.active();
        medication.personId = request.personId();
    }

    private MedicationAdded addedEvent(Medication medication) {
        DoseSchedule schedule = medication.schedule;
        return new MedicationAdded(medication.id, medication.name, medication.dosage, medication.form, schedule.describe(),
                times(schedule), schedule.weekdays.stream().sorted().map(DayOfWeek::name).toList(), schedule.everyHours,
                schedule.asNeeded, schedule.dosesPerDay(), medication.doseAmount, schedule.startDate, schedule.endDate,
                medication.stock, medication.createdAt, medication.personId, owners.nameOf(medication.personId));
    }

    private MedicationUpdated updatedEvent(Medication medication) {
        return new MedicationUpdated(medication.id, medication.name, medication.dosage, medication.schedule.describe(),
                times(medication.schedule), medication.active, medication.stock, medication.updatedAt, medication.personId,
                owners.nameOf(medication.personId));
    }

    private static List<String> times(DoseSchedule schedule) {
        return schedule.times.stream().map(TimesOfDayConverter::format).toList();
    }
}
