package org.kiloguardian.meds.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** Stock added to a medication: a new pack from the pharmacy. */
@Entity
@Table(schema = "meds", name = "refill")
public class Refill extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "medication_id", nullable = false)
    public Long medicationId;

    @Column(nullable = false, precision = 12, scale = 3)
    public BigDecimal quantity;

    @Column(length = 500)
    public String note;

    @Column(name = "refilled_at", nullable = false)
    public Instant refilledAt;

    /** A medication's refills, the latest first. */
    public static List<Refill> newestFirst(long medicationId) {
        return list("medicationId", Sort.descending("refilledAt").and("id", Sort.Direction.Descending), medicationId);
    }
}
