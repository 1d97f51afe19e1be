package org.kiloguardian.meds.stock;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.meds.event.MedicationRefilled;
import org.kiloguardian.meds.medication.Medication;

/** Refills and the list of medications that need one. */
@ApplicationScoped
public class RefillService {

    private final Clock clock;
    private final Event<MedicationRefilled> refilled;

    RefillService(Clock clock, Event<MedicationRefilled> refilled) {
        this.clock = clock;
        this.refilled = refilled;
    }

    @Transactional
    public RefillView refill(long medicationId, @Valid @NotNull RefillRequest request) {
        Medication medication = Medication.lock(medicationId);
        Refill refill = new Refill();
        refill.medicationId = medicationId;
        refill.quantity = Units.of(request.quantity());
        refill.note = request.note();
        refill.refilledAt = clock.instant();
        refill.persist();
        medication.stock = medication.stock.add(refill.quantity);
        medication.updatedAt = refill.refilledAt;
        Medication.flush();
        refilled.fire(new MedicationRefilled(medication.id, medication.name, refill.quantity, medication.stock, refill.refilledAt));
        return view(refill, medication);
    }

    @Transactional
    public List<RefillView> history(long medicationId) {
        Medication medication = Medication.require(medicationId);
        return Refill.newestFirst(medicationId)
                .stream().map(refill -> view(refill, medication)).toList();
    }

    /** Every active medication under its threshold, the one that runs out first on top. */
    @Transactional
    public List<RefillNeeded> needed() {
        return Medication.byName(true).stream()
                .filter(medication -> Supply.of(medication).low())
                .map(medication -> needed(medication, Supply.of(medication)))
                .sorted(Comparator.comparing(RefillNeeded::daysOfSupply).thenComparing(RefillNeeded::name))
                .toList();
    }

    private static RefillNeeded needed(Medication medication, Supply supply) {
        return new RefillNeeded(medication.id, medication.name, medication.dosage, medication.form, medication.stock,
                supply.dailyUse(), supply.daysOfSupply(), medication.lowStockDays);
    }

    private RefillView view(Refill refill, Medication medication) {
        Supply supply = Supply.of(medication);
        return new RefillView(refill.id, medication.id, refill.quantity, refill.note,
                refill.refilledAt.atZone(clock.getZone()).toOffsetDateTime(), medication.stock, supply.daysOfSupply(), supply.low());
    }
}
