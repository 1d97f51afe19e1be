package org.kiloguardian.financial;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money that came in (positive amount) or went out (negative amount). */
@Entity
@Table(schema = "financial", name = "transaction")
public class Transaction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booked_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(length = 500)
    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
