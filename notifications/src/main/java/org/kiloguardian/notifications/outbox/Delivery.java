package org.kiloguardian.notifications.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.kiloguardian.notifications.message.Kind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message for one channel target, recorded before it is sent ({@link Outbox}). */
@Entity
@Table(schema = "notifications", name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_key", nullable = false, length = 200)
    public String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ChannelKind channel;

    /** The push subscription's id (WEB_PUSH) or the person's (NTFY). */
    @Column(nullable = false)
    public long target;

    /** Who receives it. */
    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 1000)
    public String body;

    @Column(name = "medication_id")
    public Long medicationId;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** The HTTP status of the last try, if it got one. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public boolean actsOnADose() {
        return kind == Kind.DOSE_DUE && medicationId != null && scheduledAt != null;
    }

    /**
     * Up to {@code batch} deliveries due by {@code now}, oldest first, locked for the caller's transaction;
     * rows another instance has claimed are skipped, not waited for.
     */
    public static List<Delivery> claimable(Instant now, int batch) {
        return Delivery.<Delivery>find("status in (?1, ?2) and nextAttemptAt <= ?3 order by id", DeliveryStatus.PENDING, DeliveryStatus.SENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, batch)
                .list();
    }
}
