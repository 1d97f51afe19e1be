package org.kiloguardian.financial.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Reads one data row with a file's layout, or says precisely what is wrong with it. */
final class RowReader {

    private static final int DESCRIPTION_LENGTH = 500;
    private static final int PAYEE_LENGTH = 200;
    private static final int REFERENCE_LENGTH = 100;

    private final Layout layout;
    private final AmountReader amounts;
    private final boolean ownExport;

    RowReader(Layout layout) {
        this.layout = layout;
        this.amounts = layout.amounts();
        this.ownExport = layout.ownExport();
    }

    ParsedRow read(CsvRow row) {
        Columns columns = layout.columns();
        if (row.cells().size() <= columns.widest()) {
            return ParsedRow.rejected(row.line(), "has " + row.cells().size() + " columns, expected at least "
                    + (columns.widest() + 1));
        }
        String dateText = row.cell(columns.date());
        Optional<LocalDate> date = layout.dates().read(dateText);
        if (date.isEmpty()) {
            return ParsedRow.rejected(row.line(), "date \"" + dateText + "\" is not a date in the format "
                    + layout.dates().pattern());
        }
        BigDecimal amount;
        if (columns.splitAmount()) {
            String debitText = row.cell(columns.debit());
            String creditText = row.cell(columns.credit());
            Optional<BigDecimal> debit = amounts.read(debitText);
            Optional<BigDecimal> credit = amounts.read(creditText);
            if (debitText != null && !debitText.isBlank() && debit.isEmpty()) {
                return ParsedRow.rejected(row.line(), "debit \"" + debitText + "\" is not a number");
            }
            if (creditText != null && !creditText.isBlank() && credit.isEmpty()) {
                return ParsedRow.rejected(row.line(), "credit \"" + creditText + "\" is not a number");
            }
            if (debit.isEmpty() && credit.isEmpty()) {
                return ParsedRow.rejected(row.line(), "neither debit nor credit holds an amount");
            }
            // banks print debits with or without a minus; either way it is money out
            amount = credit.map(BigDecimal::abs).orElse(BigDecimal.ZERO)
                    .subtract(debit.map(BigDecimal::abs).orElse(BigDecimal.ZERO));
        } else {
            String amountText = row.cell(columns.amount());
            Optional<BigDecimal> read = amounts.read(amountText);
            if (read.isEmpty()) {
                return ParsedRow.rejected(row.line(), "amount \"" + (amountText == null ? "" : amountText)
                        + "\" is not a number (decimal separator '" + layout.decimalSeparator() + "')");
            }
            amount = read.get();
        }
        if (amount.signum() == 0) {
            return ParsedRow.rejected(row.line(), "amount is zero");
        }
        if (amount.scale() > 4 || amount.precision() - amount.scale() > 15) {
            return ParsedRow.rejected(row.line(), "amount " + amount.toPlainString() + " has too many digits");
        }
        return new ParsedRow(row.line(), date.get(), amount, text(textCell(row, columns.description()), DESCRIPTION_LENGTH),
                text(textCell(row, columns.payee()), PAYEE_LENGTH), text(textCell(row, columns.reference()), REFERENCE_LENGTH),
                null);
    }

    /** A bank's text as it is; in our own export, without the quote the export put before a formula. */
    private String textCell(CsvRow row, int column) {
        String cell = row.cell(column);
        return ownExport ? FormulaEscape.unescape(cell) : cell;
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String collapsed = value.strip().replaceAll("\\s+", " ");
        return collapsed.length() > max ? collapsed.substring(0, max) : collapsed;
    }
}
