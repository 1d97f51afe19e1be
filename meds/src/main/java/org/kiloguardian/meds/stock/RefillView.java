package org.kiloguardian.meds.stock;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A refill, with the medication's stock and supply as they are now. */
public record RefillView(long id, long medicationId, BigDecimal quantity, String note, OffsetDateTime refilledAt,
        BigDecimal stock, BigDecimal daysOfSupply, boolean lowStock) {
}
