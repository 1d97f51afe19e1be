package org.kiloguardian.financial.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money put towards a goal (negative: taken out again). */
@Entity
@Table(schema = "financial", name = "goal_contribution")
public class Contribution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    @Column(name = "contributed_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(length = 500)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
