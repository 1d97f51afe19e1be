package org.kiloguardian.meds.dose;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * One entry of a medication's dose log. A scheduled dose is identified by its medication and
 * {@code scheduledAt} (unique in the database); as-needed and extra doses have no scheduledAt.
 */
@Entity
@Table(schema = "meds", name = "dose")
public class Dose extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "medication_id", nullable = false)
    public Long medicationId;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DoseStatus status;

    /** When the dose was actually taken. */
    @Column(name = "taken_at")
    public Instant takenAt;

    @Column(name = "snoozed_until")
    public Instant snoozedUntil;

    /** Units taken (the medication's doseAmount unless the request said otherwise). */
    @Column(precision = 10, scale = 3)
    public BigDecimal amount;

    /** What the stock actually went down by: less than amount when the stock ran out. Undo restores it. */
    @Column(name = "stock_deducted", nullable = false, precision = 12, scale = 3)
    public BigDecimal stockDeducted = BigDecimal.ZERO;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The record of one scheduled dose, if it has one yet. */
    public static Optional<Dose> findScheduled(long medicationId, Instant scheduledAt) {
        return find("medicationId = ?1 and scheduledAt = ?2", medicationId, scheduledAt).firstResultOptional();
    }

    /** One record of the dose log, only if it belongs to this medication. */
    public static Optional<Dose> findOfMedication(long medicationId, long doseId) {
        return find("id = ?1 and medicationId = ?2", doseId, medicationId).firstResultOptional();
    }

    /** Records of scheduled doses in [from, to), for the given medications. */
    public static List<Dose> scheduledBetween(List<Long> medicationIds, Instant from, Instant to) {
        if (medicationIds.isEmpty()) {
            return List.of();
        }
        return list("medicationId in ?1 and scheduledAt >= ?2 and scheduledAt < ?3", Sort.by("scheduledAt"),
                medicationIds, from, to);
    }

    /** Every record of one medication that belongs to [from, to): by scheduled time, or when it was recorded. */
    public static List<Dose> ofMedicationBetween(long medicationId, Instant from, Instant to) {
        return list("medicationId = ?1 and coalesce(scheduledAt, takenAt, recordedAt) >= ?2"
                + " and coalesce(scheduledAt, takenAt, recordedAt) < ?3", Sort.by("recordedAt").and("id"),
                medicationId, from, to);
    }

    /** Doses actually taken since {@code since}, newest first: the base of the as-needed limits. */
    public static List<Dose> takenSince(long medicationId, Instant since) {
        return list("medicationId = ?1 and status = ?2 and takenAt >= ?3", Sort.descending("takenAt"),
                medicationId, DoseStatus.TAKEN, since);
    }
}
