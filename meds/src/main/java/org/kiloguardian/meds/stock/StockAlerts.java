package org.kiloguardian.meds.stock;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.kiloguardian.meds.event.LowStock;
import org.kiloguardian.meds.event.MedicationAlert;
import org.kiloguardian.meds.medication.Medication;
import org.kiloguardian.owner.Owners;

/** Raises the low-stock alert when a change takes a medication under its threshold, once per crossing. */
@ApplicationScoped
public class StockAlerts {

    private final Event<LowStock> lowStock;
    private final Clock clock;
    private final Owners owners;

    StockAlerts(Event<LowStock> lowStock, Clock clock, Owners owners) {
        this.owners = owners;
        this.lowStock = lowStock;
        this.clock = clock;
    }

    public void afterChange(Medication medication, boolean wasLow) {
        Supply supply = Supply.of(medication);
        if (medication.active && supply.low() && !wasLow) {
            String message = medication.name + " is running low: " + medication.stock.stripTrailingZeros().toPlainString()
                    + " left, about " + supply.daysOfSupply().toPlainString() + " days. Time to refill.";
            lowStock.fire(new LowStock(medication.id, medication.name, medication.stock, supply.daysOfSupply(),
                    medication.lowStockDays, new MedicationAlert(message, "warning", true, clock.instant(), medication.personId,
                            owners.nameOf(medication.personId))));
        }
    }
}
