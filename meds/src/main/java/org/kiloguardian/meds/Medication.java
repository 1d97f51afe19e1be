package org.kiloguardian.meds;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A medication the household keeps and takes on a schedule. */
@Entity
@Table(schema = "meds", name = "medication")
public class Medication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 100)
    public String dosage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
