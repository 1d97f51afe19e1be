package org.kiloguardian.meds.dose;

import java.util.Locale;

/** What became of a dose. A dose with no record yet is open: upcoming or due. */
public enum DoseStatus {
    TAKEN,
    SKIPPED,
    /** Neither taken nor skipped within the grace period; it can still be taken late. */
    MISSED,
    /** Put off until {@code snoozedUntil}; due again after that. */
    SNOOZED;

    /** The status as the API writes it: "taken", "skipped", "missed", "snoozed". */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Taken or skipped: nothing more is expected for this dose. */
    public boolean isSettled() {
        return this == TAKEN || this == SKIPPED;
    }
}
