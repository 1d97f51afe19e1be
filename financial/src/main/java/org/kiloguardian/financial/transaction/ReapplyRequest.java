package org.kiloguardian.financial.transaction;

import java.time.LocalDate;

/**
 * Which transactions to categorise again. Without {@code overwrite} only those still in the
 * fallback category are touched, so a category a person chose by hand survives.
 */
public record ReapplyRequest(LocalDate from, LocalDate to, Boolean overwrite) {
}
