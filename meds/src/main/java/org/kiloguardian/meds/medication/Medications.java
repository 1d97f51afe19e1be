package org.kiloguardian.meds.medication;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Finds medications; {@link #lock} serialises every change to one medication's doses and stock. */
@ApplicationScoped
public class Medications implements PanacheRepositoryBase<Medication, Long> {

    public Medication require(long id) {
        return findByIdOptional(id).orElseThrow(() -> new MedicationNotFound(id));
    }

    /**
     * Loads the medication with a row lock held to the end of the transaction: two takes of the same
     * dose, a take and a refill, or the missed-dose job then run one after the other, never interleaved.
     */
    public Medication lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new MedicationNotFound(id));
    }

    public List<Medication> all(Boolean active) {
        Sort order = Sort.by("name").and("id");
        return active == null ? listAll(order) : list("active", order, active);
    }

    /** Medications of this person, archived ones too. */
    public long countOwnedBy(long personId) {
        return count("personId", personId);
    }

    /** Active medications with scheduled doses: the ones that can be due, reminded or missed. */
    public List<Medication> activeScheduled() {
        return list("active = true and schedule.asNeeded = false", Sort.by("name").and("id"));
    }
}
