package org.kiloguardian.financial.transaction;

import java.time.LocalDate;

import org.kiloguardian.rest.StorableDate;

/**
 * Which transactions to categorise again. Without {@code overwrite} only those still in the
 * fallback category are touched, so a category a person chose by hand survives.
 */
public record ReapplyRequest(@StorableDate LocalDate from, @StorableDate LocalDate to, Boolean overwrite) {
}
