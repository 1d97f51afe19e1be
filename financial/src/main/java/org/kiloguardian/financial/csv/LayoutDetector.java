package org.kiloguardian.financial.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Works out how to read a file: a header row (recognised when its first row holds no date),
 * which column holds what (from the options, else from known header texts, else from the
 * contents), the date pattern and the decimal separator (from the values themselves).
 */
final class LayoutDetector {

    private static final int SAMPLE = 200;

    private LayoutDetector() {
    }

    /** Returns the layout and removes the header row from {@code rows}. */
    static Layout detect(List<CsvRow> rows, char delimiter, ImportOptions options) throws UnreadableFile {
        if (rows.isEmpty()) {
            throw new UnreadableFile("The file holds no rows.");
        }
        boolean hasHeader = options.header() != null ? options.header()
                : rows.get(0).cells().stream().noneMatch(DateReader::looksLikeDate);
        List<String> header = hasHeader ? rows.remove(0).cells() : null;
        if (rows.isEmpty()) {
            throw new UnreadableFile("The file holds a header but no data rows.");
        }
        List<CsvRow> sample = rows.subList(0, Math.min(rows.size(), SAMPLE));
        Columns columns = columns(header, sample, options);
        DateReader dates = dates(sample, columns, options);
        char decimal = options.decimalSeparator() != null ? options.decimalSeparator()
                : AmountReader.detectDecimalSeparator(sample.stream()
                        .flatMap(row -> Stream.of(row.cell(columns.amount()), row.cell(columns.debit()),
                                row.cell(columns.credit())))
                        .toList());
        return new Layout(delimiter, header, columns, dates, decimal);
    }

    private static Columns columns(List<String> header, List<CsvRow> sample, ImportOptions options) throws UnreadableFile {
        int width = sample.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        int date = column("dateColumn", options.dateColumn(), ColumnRole.DATE, header, width);
        int description = column("descriptionColumn", options.descriptionColumn(), ColumnRole.DESCRIPTION, header, width);
        int amount = column("amountColumn", options.amountColumn(), ColumnRole.AMOUNT, header, width);
        int debit = column("debitColumn", options.debitColumn(), ColumnRole.DEBIT, header, width);
        int credit = column("creditColumn", options.creditColumn(), ColumnRole.CREDIT, header, width);
        int payee = column("payeeColumn", options.payeeColumn(), ColumnRole.PAYEE, header, width);
        int reference = column("referenceColumn", options.referenceColumn(), ColumnRole.REFERENCE, header, width);
        if (amount >= 0 && options.amountColumn() == null && (options.debitColumn() != null || options.creditColumn() != null)) {
            amount = -1; // the client chose debit/credit columns
        }
        if (amount >= 0) {
            debit = -1;
            credit = -1;
        }
        if (date < 0) {
            date = firstColumn(sample, width, DateReader::looksLikeDate, List.of());
        }
        if (amount < 0 && debit < 0 && credit < 0) {
            amount = lastColumn(sample, width, LayoutDetector::looksLikeAmount, List.of(date));
        }
        if (description < 0) {
            description = firstColumn(sample, width, text -> !looksLikeAmount(text) && !DateReader.looksLikeDate(text),
                    List.of(date, amount, debit, credit, payee, reference));
        }
        if (date < 0) {
            throw new UnreadableFile("No column holds dates; name it with dateColumn.");
        }
        if (amount < 0 && debit < 0 && credit < 0) {
            throw new UnreadableFile("No column holds amounts; name it with amountColumn, or debitColumn and creditColumn.");
        }
        return new Columns(date, description, amount, debit, credit, payee, reference);
    }

    /** A column named by the client (header text or position from 1), else announced by a known header. */
    private static int column(String option, String wanted, ColumnRole role, List<String> header, int width)
            throws UnreadableFile {
        if (wanted != null && !wanted.isBlank()) {
            String name = wanted.trim();
            if (name.matches("\\d+")) {
                int index = Integer.parseInt(name) - 1;
                if (index < 0 || index >= width) {
                    throw new UnreadableFile(option + ": the file has no column " + name + " (it has " + width + ").");
                }
                return index;
            }
            if (header != null) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).trim().equalsIgnoreCase(name)) {
                        return i;
                    }
                }
            }
            throw new UnreadableFile(option + ": no column is headed \"" + name + "\".");
        }
        if (header == null) {
            return -1;
        }
        return IntStream.range(0, header.size()).filter(i -> role.announcedBy(header.get(i))).findFirst().orElse(-1);
    }

    private static DateReader dates(List<CsvRow> sample, Columns columns, ImportOptions options) throws UnreadableFile {
        if (options.dateFormat() != null && !options.dateFormat().isBlank()) {
            return new DateReader(options.dateFormat().trim());
        }
        List<String> values = sample.stream().map(row -> row.cell(columns.date())).filter(v -> v != null && !v.isBlank()).toList();
        return DateReader.detect(values).orElseThrow(() -> new UnreadableFile(
                "The dates are in no known format; give dateFormat (e.g. dd.MM.yyyy)."));
    }

    private static int firstColumn(List<CsvRow> sample, int width, Predicate<String> test, List<Integer> taken) {
        for (int i = 0; i < width; i++) {
            if (!taken.contains(i) && allMatch(sample, i, test)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastColumn(List<CsvRow> sample, int width, Predicate<String> test, List<Integer> taken) {
        for (int i = width - 1; i >= 0; i--) {
            if (!taken.contains(i) && allMatch(sample, i, test)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allMatch(List<CsvRow> sample, int column, Predicate<String> test) {
        List<String> values = new ArrayList<>();
        sample.forEach(row -> {
            String value = row.cell(column);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        });
        return !values.isEmpty() && values.stream().allMatch(test);
    }

    private static boolean looksLikeAmount(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        return new AmountReader('.').read(s).isPresent() || new AmountReader(',').read(s).isPresent();
    }
}
