package org.kiloguardian.security.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who did what, when, from where. */
@Entity
@Table(schema = "security", name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(length = 64)
    public String actor;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(length = 200)
    public String target;

    @Column(name = "remote_address", length = 64)
    public String remoteAddress;

    @Column(length = 500)
    public String detail;
}
