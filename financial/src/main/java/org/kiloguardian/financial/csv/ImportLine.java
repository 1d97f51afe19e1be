package org.kiloguardian.financial.csv;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One data row of the file: its line number (counting the header, from 1), what happened and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportLine(long line, RowStatus status, String reason, LocalDate date, BigDecimal amount,
        String description, String payee, String category, String reference) {
}
