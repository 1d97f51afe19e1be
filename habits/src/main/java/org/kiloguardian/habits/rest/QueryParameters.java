package org.kiloguardian.habits.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

/**
 * Reads parameters from the URL by hand. JAX-RS answers one it cannot convert with a bare 404, and
 * reads any boolean that is not "true" as false; a client that wrote {@code ?from=yesterday} or
 * {@code ?purge=yes} deserves a 400 naming the parameter. Absent or blank means "not given".
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static LocalDate date(String value, String name) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": must be a date like 2026-06-01, not \"" + value + "\".");
        }
    }

    static Boolean yesOrNo(String value, String name) {
        if (absent(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadRequestException(name + ": must be true or false, not \"" + value + "\".");
        };
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
