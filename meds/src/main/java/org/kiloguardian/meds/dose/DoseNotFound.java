package org.kiloguardian.meds.dose;

import jakarta.persistence.EntityNotFoundException;

/** No dose with the id belongs to the medication; the gateway answers 404. */
public class DoseNotFound extends EntityNotFoundException {

    public DoseNotFound(long medicationId, long doseId) {
        super("Medication " + medicationId + " has no dose with the id " + doseId + ".");
    }
}
