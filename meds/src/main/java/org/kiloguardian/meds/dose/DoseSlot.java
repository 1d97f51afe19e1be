package org.kiloguardian.meds.dose;

import java.time.Duration;
import java.time.Instant;

/** One scheduled dose with its record, if any, and its state at {@code now}. */
public record DoseSlot(Instant scheduledAt, Dose record, SlotState state) {

    public static DoseSlot of(Instant scheduledAt, Dose record, Instant now, Duration missedAfter) {
        return new DoseSlot(scheduledAt, record, stateOf(scheduledAt, record, now, missedAfter));
    }

    /** When the dose is (or was) due: its time, or the end of its snooze. */
    public Instant dueAt() {
        return record != null && record.status == DoseStatus.SNOOZED ? record.snoozedUntil : scheduledAt;
    }

    private static SlotState stateOf(Instant scheduledAt, Dose record, Instant now, Duration missedAfter) {
        if (record != null) {
            switch (record.status) {
                case TAKEN:
                    return SlotState.TAKEN;
                case SKIPPED:
                    return SlotState.SKIPPED;
                case MISSED:
                    return SlotState.MISSED;
                case SNOOZED:
                    if (record.snoozedUntil.isAfter(now)) {
                        return SlotState.SNOOZED;
                    }
                    return record.snoozedUntil.plus(missedAfter).isBefore(now) ? SlotState.MISSED : SlotState.DUE;
                default:
                    throw new IllegalStateException("Unknown status " + record.status);
            }
        }
        if (scheduledAt.isAfter(now)) {
            return SlotState.UPCOMING;
        }
        return scheduledAt.plus(missedAfter).isBefore(now) ? SlotState.MISSED : SlotState.DUE;
    }
}
