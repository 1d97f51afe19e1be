package org.kiloguardian.meds.stock;

import java.math.BigDecimal;

/** An active medication whose stock lasts fewer days than its low-stock threshold. */
public record RefillNeeded(long medicationId, String name, String dosage, String form, BigDecimal stock,
        BigDecimal dailyUse, BigDecimal daysOfSupply, int lowStockDays) {
}
