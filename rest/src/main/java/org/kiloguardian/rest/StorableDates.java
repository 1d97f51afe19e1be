package org.kiloguardian.rest;

import java.time.LocalDate;

/**
 * The dates a household record can hold: years 1 to 9999, written with four digits, which PostgreSQL,
 * a browser's date field, a spreadsheet and this app's CSV import all read back. java.time reads far
 * more: "+999999999-12-31", which PostgreSQL cannot store (a failed insert, a 500), or a year typed
 * with five digits. A date outside is the client's mistake: a 400, or a violation, naming the field.
 */
public final class StorableDates {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    /** The end of a field's message, "must be a date from 0001-01-01 to 9999-12-31"; a constant, for annotations. */
    public static final String RANGE = "from 0001-01-01 to 9999-12-31";
    /** What a field outside is told, in a JSON body and by {@link StorableDate} alike. */
    public static final String MESSAGE = "must be a date " + RANGE;

    private StorableDates() {
    }

    public static boolean holds(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
