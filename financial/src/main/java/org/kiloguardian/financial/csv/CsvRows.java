package org.kiloguardian.financial.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Splits the text into records with Apache Commons CSV (quotes, embedded delimiters and line breaks). */
final class CsvRows {

    /** Delimiters a bank might use, in the order that wins a tie. */
    static final List<Character> CANDIDATES = List.of(';', ',', '\t', '|');

    private CsvRows() {
    }

    /** At most {@code maxRecords} non-blank records: reading stops there, so a huge file is never parsed whole. */
    static List<CsvRow> read(String text, char delimiter, int maxRecords) throws UnreadableFile {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<CsvRow> rows = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (var records = parser.iterator(); hasNext(records, parser);) {
                CSVRecord record = records.next();
                // the record's first character tells its line, also after blank lines and quoted line breaks
                CsvRow row = new CsvRow(lines.lineOfFirstCharacterFrom(record.getCharacterPosition()), record.toList());
                if (!row.blank()) {
                    rows.add(row);
                    if (rows.size() == maxRecords) {
                        break; // enough to tell the file is too long; the rest is never parsed
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableFile("The file could not be read: " + e.getMessage());
        }
        return rows;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) throws UnreadableFile {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new UnreadableFile("Line " + (parser.getCurrentLineNumber() + 1) + ": the CSV is malformed ("
                    + reason + "). Check for an unclosed quote.");
        }
    }

    /** The candidate found most consistently across the first lines (a header and a few rows). */
    static char detectDelimiter(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(6).toList();
        char best = ',';
        long bestScore = -1;
        for (char candidate : CANDIDATES) {
            long min = lines.stream().mapToLong(line -> count(line, candidate)).min().orElse(0);
            long total = lines.stream().mapToLong(line -> count(line, candidate)).sum();
            long score = min * 1_000_000 + total;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Occurrences outside double quotes. */
    private static long count(String line, char candidate) {
        long count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == candidate && !quoted) {
                count++;
            }
        }
        return count;
    }
}
