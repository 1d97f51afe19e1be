package org.kiloguardian.meds.adherence;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One household day of the history. */
public record DayAdherence(LocalDate date, int scheduled, int taken, int skipped, int missed, BigDecimal rate) {

    static DayAdherence of(LocalDate date, Tally tally) {
        Rate rate = tally.rate();
        return new DayAdherence(date, rate.scheduled(), rate.taken(), rate.skipped(), rate.missed(), rate.rate());
    }
}
