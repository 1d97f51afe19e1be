package org.kiloguardian.financial.csv;

/**
 * How to read a bank's CSV file. Every field is optional: what is missing is detected from the
 * file. Columns are named by their header text (ignoring case) or by position counting from 1.
 * {@code debitColumn}/{@code creditColumn} replace {@code amountColumn} for banks that put money
 * out and money in into separate columns.
 */
public record ImportOptions(
        Long accountId,
        Character delimiter,
        String dateFormat,
        Character decimalSeparator,
        Boolean header,
        String dateColumn,
        String descriptionColumn,
        String amountColumn,
        String debitColumn,
        String creditColumn,
        String payeeColumn,
        String referenceColumn) {

    public static ImportOptions detectAll() {
        return new ImportOptions(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ImportOptions forAccount(Long id) {
        return new ImportOptions(id, delimiter, dateFormat, decimalSeparator, header, dateColumn, descriptionColumn,
                amountColumn, debitColumn, creditColumn, payeeColumn, referenceColumn);
    }
}
