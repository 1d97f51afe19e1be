package org.kiloguardian.meds.dose;

import org.kiloguardian.rest.error.NotFound;

/** No dose with the id belongs to the medication; the gateway answers 404. */
public class DoseNotFound extends NotFound {

    public DoseNotFound(long medicationId, long doseId) {
        super("Medication " + medicationId + " has no dose with the id " + doseId + ".");
    }
}
