package org.kiloguardian.financial.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.kiloguardian.rest.StorableDates;

/** Shapes a query or form parameter may have; each knows how to read itself. */
public enum TextFormat {
    DATE("must be a date like 2026-11-29 (" + StorableDates.RANGE + ")") {
        @Override
        Object parse(String text) {
            return storable(LocalDate.parse(text));
        }
    },
    MONTH("must be a month like 2026-11 (" + StorableDates.RANGE + ")") {
        @Override
        Object parse(String text) {
            YearMonth month = YearMonth.parse(text);
            storable(month.atDay(1));
            return month;
        }
    },
    DECIMAL("must be a number like 12.50") {
        @Override
        Object parse(String text) {
            return new BigDecimal(text);
        }
    },
    DATE_PATTERN("must be a date pattern like dd.MM.yyyy") {
        @Override
        Object parse(String text) {
            return DateTimeFormatter.ofPattern(text);
        }
    };

    private final String message;

    TextFormat(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    abstract Object parse(String text);

    private static LocalDate storable(LocalDate date) {
        if (!StorableDates.holds(date)) {
            throw new DateTimeException(date + " is not " + StorableDates.RANGE);
        }
        return date;
    }

    boolean accepts(String text) {
        try {
            parse(text.trim());
            return true;
        } catch (DateTimeException | IllegalArgumentException e) {
            return false;
        }
    }

    public static LocalDate date(String text) {
        return blank(text) ? null : LocalDate.parse(text.trim());
    }

    public static YearMonth month(String text) {
        return blank(text) ? null : YearMonth.parse(text.trim());
    }

    public static BigDecimal decimal(String text) {
        return blank(text) ? null : new BigDecimal(text.trim());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
