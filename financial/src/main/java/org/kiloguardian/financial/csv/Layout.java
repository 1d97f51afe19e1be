package org.kiloguardian.financial.csv;

import java.util.List;

/** Everything needed to read the data rows of one file. */
record Layout(char delimiter, List<String> header, Columns columns, DateReader dates, char decimalSeparator) {

    /** Our own export: its text cells carry the export's formula escaping, which reading takes off. */
    boolean ownExport() {
        return TransactionCsvExporter.writesHeader(header);
    }

    AmountReader amounts() {
        return new AmountReader(decimalSeparator);
    }

    DetectedFormat describe() {
        return new DetectedFormat(delimiter == '\t' ? "tab" : String.valueOf(delimiter), header != null, dates.pattern(),
                String.valueOf(decimalSeparator), columns.describe(header));
    }
}
