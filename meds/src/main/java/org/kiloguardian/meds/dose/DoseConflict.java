package org.kiloguardian.meds.dose;

import jakarta.ws.rs.WebApplicationException;

/** A dose action that the dose's current state or the as-needed limits forbid; the API answers 409 with the reason. */
public class DoseConflict extends WebApplicationException {

    public DoseConflict(String reason) {
        super(reason, 409);
    }
}
