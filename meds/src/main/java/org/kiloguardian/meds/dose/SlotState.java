package org.kiloguardian.meds.dose;

import java.util.Locale;

/** Where one scheduled dose stands at a given moment. */
public enum SlotState {
    TAKEN,
    SKIPPED,
    /** Marked missed, or open past the grace period. */
    MISSED,
    /** Snoozed and the snooze has not run out yet. */
    SNOOZED,
    /** Its time (or the end of its snooze) has come and nothing is recorded. */
    DUE,
    /** Later than now. */
    UPCOMING;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Due or missed: the dose still waits to be taken (or skipped). */
    public boolean isOpen() {
        return this == DUE || this == MISSED;
    }
}
