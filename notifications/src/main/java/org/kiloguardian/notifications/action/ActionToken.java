package org.kiloguardian.notifications.action;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A "Taken" / "Snooze" token of one notification, kept as its digest only. */
@Entity
@Table(schema = "notifications", name = "action_token")
public class ActionToken extends PanacheEntityBase {

    /** SHA-256 of the token, hex. */
    @Id
    @Column(length = 64)
    public String digest;

    @Column(name = "delivery_id", nullable = false)
    public long deliveryId;

    @Column(name = "medication_id", nullable = false)
    public long medicationId;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "used_for", length = 10)
    public String usedFor;
}
