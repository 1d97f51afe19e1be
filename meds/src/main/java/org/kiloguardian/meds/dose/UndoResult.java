package org.kiloguardian.meds.dose;

import java.math.BigDecimal;

/** A dose record taken back: the status it had and the stock after restoring what it used. */
public record UndoResult(long doseId, String undoneStatus, BigDecimal stock) {
}
