package org.kiloguardian.meds.dose;

import org.kiloguardian.rest.error.Conflict;

/** A dose action that the dose's current state or the as-needed limits forbid; the API answers 409 with the reason. */
public class DoseConflict extends Conflict {

    public DoseConflict(String reason) {
        super(reason);
    }
}
