package org.kiloguardian.meds.medication;

import jakarta.persistence.EntityNotFoundException;

/** No medication has the id; the gateway answers 404. */
public class MedicationNotFound extends EntityNotFoundException {

    public MedicationNotFound(long id) {
        super("No medication has the id " + id + ".");
    }
}
