package org.kiloguardian.notifications.channel;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a person is reached besides their login's devices, and when not. */
@Entity
@Table(schema = "notifications", name = "person_channels")
public class PersonChannels extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Column(name = "ntfy_url", length = 500)
    public String ntfyUrl;

    @Column(name = "ntfy_token", length = 200)
    public String ntfyToken;

    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_to")
    public LocalTime quietTo;

    /** Bills and budgets; null: as the login's role says. */
    @Column(name = "finance_alerts")
    public Boolean financeAlerts;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public QuietHours quietHours() {
        return quietFrom == null ? QuietHours.NONE : new QuietHours(quietFrom, quietTo);
    }
}
