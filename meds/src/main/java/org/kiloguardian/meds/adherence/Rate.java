package org.kiloguardian.meds.adherence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Taken out of scheduled doses; {@code rate} is taken / scheduled (0 to 1), null when nothing was scheduled. */
public record Rate(int scheduled, int taken, int skipped, int missed, BigDecimal rate) {

    static Rate of(int scheduled, int taken, int skipped, int missed) {
        BigDecimal rate = scheduled == 0 ? null
                : BigDecimal.valueOf(taken).divide(BigDecimal.valueOf(scheduled), 3, RoundingMode.HALF_UP);
        return new Rate(scheduled, taken, skipped, missed, rate);
    }
}
