package org.kiloguardian.meds.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stock quantities are decimals with three places (numeric(12,3)): 0.5 tablet, 2.5 ml. Giving every
 * value the column's scale keeps a freshly saved value equal to the same value read back.
 */
public final class Units {

    public static final int SCALE = 3;

    private Units() {
    }

    /** The value with three decimal places; requests are validated to at most three, so nothing is rounded. */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
