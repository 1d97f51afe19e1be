package org.kiloguardian.notifications.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.kiloguardian.notifications.channel.PersonChannels;
import org.kiloguardian.notifications.household.Household;
import org.kiloguardian.notifications.household.Recipient;
import org.kiloguardian.notifications.message.Message;
import org.kiloguardian.notifications.push.PushSubscription;
import org.kiloguardian.notifications.send.DeliverySender;

/**
 * Addresses a message and records one delivery per channel target before anything is sent: a
 * browser subscription of each recipient's login, and each recipient's ntfy topic. Recording joins
 * the caller's transaction (the dose reminder's, the bill's), so a message is recorded exactly when
 * the change behind it commits; a second recording of the same key adds nothing. The sender starts
 * once the transaction has committed, and never inside it.
 */
@ApplicationScoped
public class Outbox {

    private final Household household;
    /** Plain JPA for the native INSERT … ON CONFLICT DO NOTHING that records a delivery once; Panache has no upsert. */
    private final EntityManager entityManager;
    private final Clock clock;
    private final DeliverySender sender;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(Household household, EntityManager entityManager, Clock clock, DeliverySender sender,
            TransactionSynchronizationRegistry transactions) {
        this.household = household;
        this.entityManager = entityManager;
        this.clock = clock;
        this.sender = sender;
        this.transactions = transactions;
    }

    /** A medication's reminder or alert: to its person and their caregivers (everyone for a shared one). */
    @Transactional
    public Addressed toRemindersOf(Long personId, Message message) {
        return record(message, household.remindersOf(personId), false);
    }

    /** Bills and budgets: to whoever chose money alerts, by default the admins. */
    @Transactional
    public Addressed toFinanceWatchers(Message message) {
        List<Recipient> watchers = new ArrayList<>();
        for (Recipient recipient : household.everyone()) {
            PersonChannels channels = PersonChannels.<PersonChannels>findById(recipient.personId());
            Boolean chosen = channels == null ? null : channels.financeAlerts;
            if (chosen != null ? chosen : recipient.admin()) {
                watchers.add(recipient);
            }
        }
        return record(message, watchers, false);
    }

    /** "Send a test": to one person's channels, whatever the hour. */
    @Transactional
    public Addressed toPerson(Recipient recipient, Message message) {
        return record(message, List.of(recipient), true);
    }

    /** How many deliveries a message got: to go out now, held back by quiet hours. */
    public record Addressed(int queued, int quiet) {
    }

    private Addressed record(Message message, List<Recipient> recipients, boolean anyHour) {
        Instant now = clock.instant();
        LocalTime local = LocalTime.ofInstant(now, clock.getZone());
        Map<Long, Recipient> byPerson = new LinkedHashMap<>();
        recipients.forEach(recipient -> byPerson.putIfAbsent(recipient.personId(), recipient));
        int queued = 0;
        int quiet = 0;
        for (Recipient recipient : byPerson.values()) {
            PersonChannels channels = PersonChannels.<PersonChannels>findById(recipient.personId());
            boolean held = !anyHour && !message.kind().passesQuietHours() && channels != null && channels.quietHours().contains(local);
            DeliveryStatus status = held ? DeliveryStatus.QUIET : DeliveryStatus.PENDING;
            int added = 0;
            if (recipient.userId() != null) {
                List<PushSubscription> devices = PushSubscription.ofLogin(recipient.userId());
                for (PushSubscription device : devices) {
                    added += insert(message, ChannelKind.WEB_PUSH, device.id, recipient.personId(), status, now);
                }
            }
            if (channels != null && channels.ntfyUrl != null) {
                added += insert(message, ChannelKind.NTFY, recipient.personId(), recipient.personId(), status, now);
            }
            if (held) {
                quiet += added;
            } else {
                queued += added;
            }
        }
        if (queued > 0) {
            startSendingAfterCommit();
        }
        return new Addressed(queued, quiet);
    }

    /** 1 if recorded now, 0 if this message already went (or is going) to that target. */
    private int insert(Message message, ChannelKind channel, long target, long personId, DeliveryStatus status, Instant now) {
        // CASTs: a null dose binds as an untyped null, which PostgreSQL takes for the column's type this way
        return entityManager.createNativeQuery("INSERT INTO notifications.delivery (item_key, kind, channel, target, person_id,"
                        + " title, body, medication_id, scheduled_at, status, attempts, next_attempt_at, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS BIGINT), CAST(?9 AS TIMESTAMP WITH TIME ZONE), ?10, 0, ?11, ?11)"
                        + " ON CONFLICT (item_key, channel, target) DO NOTHING")
                .setParameter(1, message.key())
                .setParameter(2, message.kind().name())
                .setParameter(3, channel.name())
                .setParameter(4, target)
                .setParameter(5, personId)
                .setParameter(6, message.title())
                .setParameter(7, message.body())
                .setParameter(8, message.dose() == null ? null : message.dose().medicationId())
                .setParameter(9, message.dose() == null ? null : message.dose().scheduledAt())
                .setParameter(10, status.name())
                .setParameter(11, now)
                .executeUpdate();
    }

    private void startSendingAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sender.kick();
                }
            }
        });
    }
}
