package org.kiloguardian.database;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An entity the household edits: when it was created and last changed, and a version, so that of
 * two simultaneous edits the second fails (a 409) instead of silently overwriting the first. One
 * mapping for every such table ({@code created_at}, {@code updated_at}, {@code version}), so the
 * modules cannot drift apart in how they map them. The services set both times from the household
 * clock.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
