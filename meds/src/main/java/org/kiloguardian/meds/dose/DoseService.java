package org.kiloguardian.meds.dose;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.meds.config.MedsConfig;
import org.kiloguardian.meds.event.DoseUndone;
import org.kiloguardian.meds.event.MedicationSkipped;
import org.kiloguardian.meds.event.MedicationTaken;
import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.meds.schedule.TimesOfDayConverter;
import org.kiloguardian.meds.stock.StockAlerts;
import org.kiloguardian.meds.stock.Supply;
import org.kiloguardian.meds.stock.Units;
import org.kiloguardian.rest.error.InvalidInput;

/**
 * Takes, skips, snoozes and undoes doses. Every action locks the medication row first, so actions on
 * one medication (and the missed-dose job) run one after another: a dose is taken once and the
 * stock goes down once, however many taps arrive together.
 */
@ApplicationScoped
public class DoseService {

    private final DoseSlots slots;
    private final AsNeededLimits limits;
    private final StockAlerts stockAlerts;
    private final Clock clock;
    private final MedsConfig config;
    private final Event<MedicationTaken> taken;
    private final Event<MedicationSkipped> skipped;
    private final Event<DoseUndone> undone;
    private final Owners owners;

    DoseService(DoseSlots slots, AsNeededLimits limits, StockAlerts stockAlerts,
            Clock clock, MedsConfig config, Event<MedicationTaken> taken, Event<MedicationSkipped> skipped, Event<DoseUndone> undone, Owners owners) {
        this.owners = owners;
        this.slots = slots;
        this.limits = limits;
        this.stockAlerts = stockAlerts;
        this.clock = clock;
        this.config = config;
        this.taken = taken;
        this.skipped = skipped;
        this.undone = undone;
    }

    @Transactional
    public TakeResult take(long medicationId, @Valid TakeRequest request) {
        TakeRequest take = request == null ? TakeRequest.NOW : request;
        Medication medication = activeLocked(medicationId);
        Instant now = clock.instant();
        Dose dose;
        if (medication.schedule.asNeeded) {
            if (!take.forced()) {
                limits.check(medication, now).ifPresent(reason -> {
                    throw new DoseConflict(reason + " Send force: true to record it anyway.");
                });
            }
            dose = unscheduled(medication, now);
        } else {
            Optional<Instant> occurrence = target(medication, take.scheduledAt(), now);
            if (occurrence.isEmpty()) {
                if (!take.forced()) {
                    throw new DoseConflict("No dose of " + medication.name
                            + " is open now (today's doses so far are taken or skipped). Send scheduledAt to take a later dose,"
                            + " or force: true to record an extra dose.");
                }
                dose = unscheduled(medication, now);
            } else {
                dose = Dose.findScheduled(medicationId, occurrence.get()).orElseGet(() -> scheduled(medication, occurrence.get(), now));
                if (dose.status != null && dose.status.isSettled()) {
                    throw new DoseConflict("The dose of " + medication.name + " at " + time(dose.scheduledAt) + " is already "
                            + dose.status.json() + (dose.status == DoseStatus.SKIPPED ? "; undo it first." : "."));
                }
            }
        }
        boolean wasLow = Supply.of(medication).low();
        BigDecimal amount = take.amount() != null ? Units.of(take.amount()) : medication.doseAmount;
        boolean insufficient = medication.stock.compareTo(amount) < 0;
        BigDecimal deducted = insufficient ? medication.stock : amount;
        medication.stock = medication.stock.subtract(deducted);
        medication.updatedAt = now;
        dose.status = DoseStatus.TAKEN;
        dose.takenAt = now;
        dose.snoozedUntil = null;
        dose.amount = amount;
        dose.stockDeducted = deducted;
        dose.note = take.note();
        dose.recordedAt = now;
        dose.persistAndFlush();
        taken.fire(new MedicationTaken(medication.id, medication.name, medication.dosage, dose.id, dose.scheduledAt, amount,
                medication.stock, insufficient, now, medication.personId, owners.nameOf(medication.personId)));
        stockAlerts.afterChange(medication, wasLow);
        Supply supply = Supply.of(medication);
        String warning = insufficient
                ? "The stock had only " + plain(deducted) + " of the " + plain(amount) + " this dose needs; it is now 0. Check the count or refill."
                : null;
        return new TakeResult(DoseView.of(dose, zone()), medication.stock, insufficient, supply.low(), supply.daysOfSupply(), warning);
    }

    @Transactional
    public DoseView skip(long medicationId, @Valid SkipRequest request) {
        SkipRequest skip = request == null ? SkipRequest.NOW : request;
        Medication medication = activeLocked(medicationId);
        Instant now = clock.instant();
        Dose dose = openScheduledDose(medication, skip.scheduledAt(), now, "skip");
        dose.status = DoseStatus.SKIPPED;
        dose.snoozedUntil = null;
        dose.note = skip.note();
        dose.recordedAt = now;
        dose.persistAndFlush();
        skipped.fire(new MedicationSkipped(medication.id, medication.name, medication.dosage, dose.id, dose.scheduledAt,
                medication.stock, now, medication.personId, owners.nameOf(medication.personId)));
        return DoseView.of(dose, zone());
    }

    @Transactional
    public DoseView snooze(long medicationId, @Valid @NotNull SnoozeRequest request) {
        Medication medication = activeLocked(medicationId);
        Instant now = clock.instant();
        Dose dose = openScheduledDose(medication, request.scheduledAt(), now, "snooze");
        dose.status = DoseStatus.SNOOZED;
        dose.snoozedUntil = now.plus(Duration.ofMinutes(request.minutes()));
        dose.recordedAt = now;
        dose.persistAndFlush();
        return DoseView.of(dose, zone());
    }

    /**
     * Takes back a dose recorded today (household day): a taken dose gives its stock back, and a
     * scheduled dose is open again. Older records and missed marks stay as they are.
     */
    @Transactional
    public UndoResult undo(long medicationId, long doseId) {
        Medication medication = Medication.lock(medicationId);
        Dose dose = Dose.findOfMedication(medicationId, doseId)
                .orElseThrow(() -> new DoseNotFound(medicationId, doseId));
        if (dose.status == DoseStatus.MISSED) {
            throw new DoseConflict("A missed dose cannot be undone; take or skip it instead.");
        }
        Instant recorded = dose.takenAt != null ? dose.takenAt : dose.recordedAt;
        if (!LocalDate.ofInstant(recorded, zone()).equals(LocalDate.now(clock))) {
            throw new DoseConflict("Only a dose recorded today can be undone; this one was recorded on "
                    + LocalDate.ofInstant(recorded, zone()) + ".");
        }
        medication.stock = medication.stock.add(dose.stockDeducted);
        medication.updatedAt = clock.instant();
        String status = dose.status.json();
        dose.delete();
        Dose.flush();
        undone.fire(new DoseUndone(medication.id, medication.name, doseId, status, dose.scheduledAt, medication.stock,
                clock.instant()));
        return new UndoResult(doseId, status, medication.stock);
    }

    /** The dose log of household days [from, to]: scheduled doses (recorded or not) and as-needed doses. */
    @Transactional
    public List<DoseView> log(long medicationId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "must not be before from.");
        }
        if (from.plusDays(366).isBefore(to)) {
            throw new InvalidInput("to", "may be at most 366 days after from.");
        }
        Medication medication = Medication.require(medicationId);
        ZoneId zone = zone();
        List<DoseView> log = new ArrayList<>(slots.of(medication, from, to).stream()
                .map(slot -> DoseView.of(medicationId, slot, zone)).toList());
        Dose.ofMedicationBetween(medicationId, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
                .stream().filter(dose -> dose.scheduledAt == null)
                .forEach(dose -> log.add(DoseView.of(dose, zone)));
        log.sort(Comparator.comparing(DoseService::when));
        return log;
    }

    private static OffsetDateTime when(DoseView dose) {
        return dose.scheduledAt() != null ? dose.scheduledAt() : dose.takenAt();
    }

    private Medication activeLocked(long medicationId) {
        Medication medication = Medication.lock(medicationId);
        if (!medication.active) {
            throw new DoseConflict(medication.name + " is archived; restore it (active: true) to record doses.");
        }
        return medication;
    }

    private Dose openScheduledDose(Medication medication, OffsetDateTime requested, Instant now, String action) {
        if (medication.schedule.asNeeded) {
            throw new DoseConflict(medication.name + " is taken as needed: it has no scheduled dose to " + action + ".");
        }
        Instant occurrence = target(medication, requested, now).orElseThrow(() -> new DoseConflict(
                "No dose of " + medication.name + " is open now: nothing to " + action + ". Send scheduledAt to pick a dose."));
        Dose dose = Dose.findScheduled(medication.id, occurrence).orElseGet(() -> scheduled(medication, occurrence, now));
        if (dose.status != null && dose.status.isSettled()) {
            throw new DoseConflict("The dose of " + medication.name + " at " + time(occurrence) + " is already "
                    + dose.status.json() + "; undo it first.");
        }
        return dose;
    }

    /**
     * The scheduled dose an action is about: the one asked for (it must be a dose time of the
     * schedule), else the open dose of today nearest to now, looking no further ahead than the grace
     * period: a second tap on Take after the morning dose must not take the evening one.
     */
    private Optional<Instant> target(Medication medication, OffsetDateTime requested, Instant now) {
        if (requested != null) {
            Instant at = requested.toInstant();
            if (!medication.schedule.isOccurrence(at, zone())) {
                throw new InvalidInput("scheduledAt", requested + " is not a scheduled dose time of " + medication.name + ".");
            }
            return Optional.of(at);
        }
        LocalDate today = LocalDate.now(clock);
        return slots.of(medication, today, today).stream()
                .filter(slot -> slot.record() == null || !slot.record().status.isSettled())
                .filter(slot -> !slot.scheduledAt().isAfter(now.plus(config.missedAfter())))
                .map(DoseSlot::scheduledAt)
                .min(Comparator.comparing(at -> Duration.between(at, now).abs()));
    }

    private static Dose scheduled(Medication medication, Instant scheduledAt, Instant now) {
        Dose dose = new Dose();
        dose.medicationId = medication.id;
        dose.scheduledAt = scheduledAt;
        dose.recordedAt = now;
        return dose;
    }

    private static Dose unscheduled(Medication medication, Instant now) {
        return scheduled(medication, null, now);
    }

    private String time(Instant at) {
        return TimesOfDayConverter.format(at.atZone(zone()).toLocalTime());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
