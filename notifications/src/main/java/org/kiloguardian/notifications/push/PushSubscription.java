package org.kiloguardian.notifications.push;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A browser that asked for notifications ("Notify me on this device"), for the login that asked.
 * <p>
 * Updates write only the columns that changed: the sender records a push on the row while another
 * login may be taking the device over, and writing back every column as the sender read them would
 * hand the device back to the first login, whose reminders would keep reaching it.
 */
@Entity
@DynamicUpdate
@Table(schema = "notifications", name = "push_subscription")
public class PushSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false, length = 2048, unique = true)
    public String endpoint;

    /** The browser's ECDH public key (base64url), what the payload is encrypted to. */
    @Column(nullable = false, length = 200)
    public String p256dh;

    /** The browser's auth secret (base64url). */
    @Column(nullable = false, length = 100)
    public String auth;

    /** A name for the device, as the browser describes itself. */
    @Column(length = 200)
    public String device;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_sent_at")
    public Instant lastSentAt;

    /** The devices of one login, oldest first. */
    public static List<PushSubscription> ofLogin(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    public static Optional<PushSubscription> findByEndpoint(String endpoint) {
        return find("endpoint", endpoint).firstResultOptional();
    }
}
