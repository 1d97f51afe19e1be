package org.kiloguardian.habits.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.BadRequestException;

/**
 * Reads a date from the URL. JAX-RS answers a path or query parameter it cannot convert with a bare
 * 404; a client that wrote {@code ?from=yesterday} deserves a 400 naming the parameter.
 */
final class DateParameter {

    private DateParameter() {
    }

    static LocalDate parse(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": must be a date like 2026-06-01, not \"" + value + "\".");
        }
    }
}
