package org.kiloguardian.meds.adherence;

import org.kiloguardian.meds.dose.SlotState;

/** Counts scheduled doses by outcome. */
final class Tally {

    private int scheduled;
    private int taken;
    private int skipped;
    private int missed;

    void add(SlotState state) {
        scheduled++;
        switch (state) {
            case TAKEN -> taken++;
            case SKIPPED -> skipped++;
            case MISSED -> missed++;
            default -> {
                // due or snoozed: its time has come, nothing recorded yet
            }
        }
    }

    void add(Tally other) {
        scheduled += other.scheduled;
        taken += other.taken;
        skipped += other.skipped;
        missed += other.missed;
    }

    Rate rate() {
        return Rate.of(scheduled, taken, skipped, missed);
    }
}
