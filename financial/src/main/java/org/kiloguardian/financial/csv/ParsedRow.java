package org.kiloguardian.financial.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A data row read with the file's layout; {@code problem} is set when it could not be read. */
record ParsedRow(long line, LocalDate date, BigDecimal amount, String description, String payee, String reference,
        String problem) {

    static ParsedRow rejected(long line, String problem) {
        return new ParsedRow(line, null, null, null, null, null, problem);
    }

    boolean readable() {
        return problem == null;
    }
}
