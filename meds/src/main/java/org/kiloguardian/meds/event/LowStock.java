package org.kiloguardian.meds.event;

import java.math.BigDecimal;

/**
 * A medication's stock fell under its low-stock threshold (Socket.IO {@code kilo_alert}, fired once
 * when the threshold is crossed, not again for every later dose).
 */
public record LowStock(
        long medId,
        String medName,
        BigDecimal stock,
        BigDecimal daysOfSupply,
        int lowStockDays,
        MedicationAlert alert) {

    public static final String ALERT_TYPE = "low_stock";
}
