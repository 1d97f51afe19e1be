package org.kiloguardian.rest;

import java.time.LocalDate;

/**
 * The dates a household record can hold: years 1 to 9999, written with four digits. java.time reads
 * "+999999999-12-31" and PostgreSQL cannot store it, so a date outside is the client's mistake (a
 * 400 naming the field), never a failed insert (a 500).
 */
public final class StorableDates {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    /** The end of a field's message: "must be a date from 0001-01-01 to 9999-12-31". */
    public static final String RANGE = "from " + FIRST + " to " + LAST;

    private StorableDates() {
    }

    public static boolean holds(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
