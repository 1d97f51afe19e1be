package org.kiloguardian.meds.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.kiloguardian.meds.medication.Medication;

/**
 * How long the stock on hand lasts on the medication's schedule. As-needed medications have no
 * schedule to count from, so their days of supply are unknown (null) and they are never "low".
 */
public record Supply(BigDecimal stock, BigDecimal dailyUse, BigDecimal daysOfSupply, boolean low) {

    public static Supply of(Medication medication) {
        BigDecimal dailyUse = medication.schedule.dosesPerDay().multiply(medication.doseAmount);
        if (dailyUse.signum() == 0) {
            return new Supply(medication.stock, dailyUse, null, false);
        }
        BigDecimal days = medication.stock.divide(dailyUse, 1, RoundingMode.DOWN);
        return new Supply(medication.stock, dailyUse.setScale(3, RoundingMode.HALF_UP), days,
                days.compareTo(BigDecimal.valueOf(medication.lowStockDays)) < 0);
    }
}
