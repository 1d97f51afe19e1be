package org.kiloguardian.financial.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact amounts as the API shows them: numeric(19,4) in the database, at least two decimals out. */
public final class Money {

    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /** 12.3400 from the database reads as 12.34, 100.0000 as 100.00, 0.1234 stays 0.1234. */
    public static BigDecimal shown(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** part / whole in percent with one decimal, rounded half up; null when there is no whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
