package org.kiloguardian.financial.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

import org.kiloguardian.rest.StorableDates;

/** Reads booking dates in one pattern, strictly: 31.02.2026 is not a date. */
final class DateReader {

    /** Tried in this order; day-first before month-first, as European banks write. */
    static final List<String> KNOWN_PATTERNS = List.of("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy",
            "MM/dd/yyyy", "M/d/yyyy", "yyyy/MM/dd", "dd-MM-yyyy", "dd.MM.yy", "yyyyMMdd");

    private final String pattern;
    private final DateTimeFormatter formatter;

    DateReader(String pattern) {
        this.pattern = pattern;
        // 'yyyy' means year-of-era, which STRICT cannot resolve without an era: read it as 'uuuu'
        this.formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

    String pattern() {
        return pattern;
    }

    Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            // a year like +99999 reads, but no record can hold it: the row is refused like an unreadable date
            return Optional.of(LocalDate.parse(text.trim(), formatter)).filter(StorableDates::holds);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first known pattern that reads every sample, else the one that reads most of them. */
    static Optional<DateReader> detect(List<String> samples) {
        DateReader best = null;
        long bestCount = 0;
        for (String pattern : KNOWN_PATTERNS) {
            DateReader reader = new DateReader(pattern);
            long count = samples.stream().filter(sample -> reader.read(sample).isPresent()).count();
            if (count == samples.size() && count > 0) {
                return Optional.of(reader);
            }
            if (count > bestCount) {
                best = reader;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean looksLikeDate(String text) {
        return KNOWN_PATTERNS.stream().anyMatch(pattern -> new DateReader(pattern).read(text).isPresent());
    }
}
