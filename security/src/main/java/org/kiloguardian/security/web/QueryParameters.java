package org.kiloguardian.security.web;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

/**
 * Reads query parameters by hand. JAX-RS answers one it cannot convert with a bare 404, and reads
 * any boolean that is not "true" as false; a client that wrote {@code ?limit=all} or {@code ?all=yes}
 * deserves a 400 naming the parameter. Absent or blank means "not given".
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static boolean yesOrNo(String value, String name, boolean absent) {
        if (absent(value)) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + ": must be true or false, not \"" + value + "\".");
        };
    }

    public static int wholeNumber(String value, String name, int min, int max, int absent) {
        if (absent(value)) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new BadRequestException(
                name + ": must be a whole number from " + min + " to " + max + ", not \"" + value + "\".");
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
