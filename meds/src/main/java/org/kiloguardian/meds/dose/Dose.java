package org.kiloguardian.meds.dose;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

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
}
