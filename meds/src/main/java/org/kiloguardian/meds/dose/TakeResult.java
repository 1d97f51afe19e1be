package org.kiloguardian.meds.dose;

import java.math.BigDecimal;

/**
 * The answer to taking a dose. {@code insufficientStock} flags a dose taken from less stock than it
 * needs (allowed: the pills were in hand, the count was wrong); {@code warning} says it in words.
 */
public record TakeResult(DoseView dose, BigDecimal stock, boolean insufficientStock, boolean lowStock,
        BigDecimal daysOfSupply, String warning) {
}
