package org.kiloguardian.meds.dose;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Queries over the dose log. */
@ApplicationScoped
public class Doses implements PanacheRepositoryBase<Dose, Long> {

    public Optional<Dose> scheduled(long medicationId, Instant scheduledAt) {
        return find("medicationId = ?1 and scheduledAt = ?2", medicationId, scheduledAt).firstResultOptional();
    }

    /** Records of scheduled doses in [from, to), for the given medications. */
    public List<Dose> scheduledBetween(List<Long> medicationIds, Instant from, Instant to) {
        if (medicationIds.isEmpty()) {
            return List.of();
        }
        return list("medicationId in ?1 and scheduledAt >= ?2 and scheduledAt < ?3", Sort.by("scheduledAt"),
                medicationIds, from, to);
    }

    /** Every record of one medication that belongs to [from, to): by scheduled time, or when it was recorded. */
    public List<Dose> ofMedicationBetween(long medicationId, Instant from, Instant to) {
        return list("medicationId = ?1 and coalesce(scheduledAt, takenAt, recordedAt) >= ?2"
                + " and coalesce(scheduledAt, takenAt, recordedAt) < ?3", Sort.by("recordedAt").and("id"),
                medicationId, from, to);
    }

    /** Doses actually taken since {@code since}, newest first: the base of the as-needed limits. */
    public List<Dose> takenSince(long medicationId, Instant since) {
        return list("medicationId = ?1 and status = ?2 and takenAt >= ?3", Sort.descending("takenAt"),
                medicationId, DoseStatus.TAKEN, since);
    }
}
