package org.kiloguardian.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.kiloguardian.rest.error.InvalidInput;

/**
 * Reads query parameters by hand, the same way in every module. JAX-RS answers one it cannot convert
 * with a bare 404, and reads any boolean that is not "true" as false; a client that wrote
 * {@code ?from=yesterday}, {@code ?purge=yes} or {@code ?limit=all} deserves a 400 (an RFC 9457
 * problem in the gateway) whose detail starts with the parameter's name. Absent or blank means
 * "not given": null.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static LocalDate date(String value, String name) {
        if (absent(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (StorableDates.holds(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below, like a date no record could hold
        }
        throw new InvalidInput(name, "must be a date like 2026-06-01 (" + StorableDates.RANGE + "), not \"" + value + "\".");
    }

    public static Boolean yesOrNo(String value, String name) {
        if (absent(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInput(name, "must be true or false, not \"" + value + "\".");
        };
    }

    public static Integer wholeNumber(String value, String name) {
        return wholeNumber(value, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static Integer wholeNumber(String value, String name, int min, int max) {
        if (absent(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        String range = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE ? "" : " from " + min + " to " + max;
        throw new InvalidInput(name, "must be a whole number" + range + ", not \"" + value + "\".");
    }

    /**
     * {@code ?person=}: a person's id, {@code me} or {@code shared}; absent means everyone. Whether
     * the id belongs to somebody is for the module to check ({@link PersonFilter#requireKnown}).
     */
    public static PersonFilter person(String value, String name) {
        if (absent(value)) {
            return PersonFilter.everyone();
        }
        String given = value.strip().toLowerCase(Locale.ROOT);
        if (given.equals("me")) {
            return PersonFilter.me();
        }
        if (given.equals("shared")) {
            return PersonFilter.shared();
        }
        try {
            long id = Long.parseLong(given);
            if (id > 0) {
                return PersonFilter.of(id);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput(name, "must be a person's id, \"me\" or \"shared\", not \"" + value + "\".");
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
