package org.kiloguardian.meds.medication;

import org.kiloguardian.rest.error.NotFound;

/** No medication has the id; the gateway answers 404. */
public class MedicationNotFound extends NotFound {

    public MedicationNotFound(long id) {
        super("No medication has the id " + id + ".");
    }
}
