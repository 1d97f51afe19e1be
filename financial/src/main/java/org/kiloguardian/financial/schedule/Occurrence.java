package org.kiloguardian.financial.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One due date of a schedule, materialised: the unique (schedule, due date) makes it happen once. */
@Entity
@Table(schema = "financial", name = "occurrence")
public class Occurrence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "schedule_id")
    public Schedule schedule;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public OccurrenceStatus status;

    @Column(name = "transaction_id")
    public Long transactionId;

    @Column(name = "settled_on")
    public LocalDate settledOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
