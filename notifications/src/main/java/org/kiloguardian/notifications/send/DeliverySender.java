package org.kiloguardian.notifications.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.kiloguardian.notifications.action.ActionTokens;
import org.kiloguardian.notifications.channel.PersonChannels;
import org.kiloguardian.notifications.config.NotificationsConfig;
import org.kiloguardian.notifications.outbox.ChannelKind;
import org.kiloguardian.notifications.outbox.Delivery;
import org.kiloguardian.notifications.outbox.DeliveryStatus;
import org.kiloguardian.notifications.push.PushSubscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what the outbox recorded, in three steps per batch: claim (a short transaction marks the
 * deliveries SENDING and reads what the channels need), send (HTTP, with no transaction open and
 * never on an event loop: on this bean's own thread or the scheduler's), record the answer (another
 * short transaction). 2xx: SENT. 404/410 from a push service: the subscription is removed. 429, 5xx
 * or no answer: tried again with backoff, up to {@code kilo.notifications.retry.max-attempts}.
 * A delivery claimed by a process that died before recording the answer is claimed again after
 * {@link #CLAIM_TIMEOUT}: a restart loses nothing, and what was recorded as sent never goes again.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final WebPushChannel webPush;
    private final NtfyChannel ntfy;
    private final ActionTokens tokens;
    private final Clock clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kilo-notifications-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean kicked = new AtomicBoolean();

    DeliverySender(WebPushChannel webPush, NtfyChannel ntfy, ActionTokens tokens, Clock clock,
            NotificationsConfig config) {
        this.webPush = webPush;
        this.ntfy = ntfy;
        this.tokens = tokens;
        this.clock = clock;
        this.backoff = new Backoff(config.retry().initialDelay(), config.retry().maxDelay());
        this.maxAttempts = config.retry().maxAttempts();
    }

    /** Something was recorded: send it soon, on the sender's thread. Cheap and safe from any thread. */
    public void kick() {
        if (kicked.compareAndSet(false, true)) {
            worker.execute(() -> {
                kicked.set(false);
                drainLogged();
            });
        }
    }

    /** Retries whose time has come, and anything a restart left behind. */
    @Scheduled(identity = "notifications-sender", every = "${kilo.notifications.send-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        kick();
    }

    /** Sends every delivery that is due now, batch by batch; one drain at a time. @return tries made */
    public int drain() {
        draining.lock();
        try {
            int tries = 0;
            List<Outgoing> batch;
            while (!(batch = claim()).isEmpty()) {
                for (Outgoing outgoing : batch) {
                    SendOutcome outcome = outgoing.push() != null ? webPush.send(outgoing) : ntfy.send(outgoing);
                    QuarkusTransaction.requiringNew().run(() -> record(outgoing, outcome));
                    tries++;
                }
            }
            return tries;
        } finally {
            draining.unlock();
        }
    }

    private void drainLogged() {
        try {
            drain();
        } catch (RuntimeException e) {
            // the database away, most likely: the timer tries again
            LOG.warnf("Notifications could not be sent now (%s); trying again shortly", e.toString());
        }
    }

    private List<Outgoing> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<Delivery> due = Delivery.claimable(now, BATCH);
            List<Outgoing> claimed = new ArrayList<>();
            for (Delivery delivery : due) {
                Outgoing outgoing = outgoing(delivery, now);
                if (outgoing != null) {
                    delivery.status = DeliveryStatus.SENDING;
                    delivery.attempts++;
                    delivery.nextAttemptAt = now.plus(CLAIM_TIMEOUT);
                    claimed.add(outgoing);
                }
            }
            return claimed;
        });
    }

    /** What the channel needs, or null (and the delivery closed) when its target went away meanwhile. */
    private Outgoing outgoing(Delivery delivery, Instant now) {
        Outgoing.PushTarget push = null;
        Outgoing.NtfyTarget topic = null;
        if (delivery.channel == ChannelKind.WEB_PUSH) {
            PushSubscription subscription = PushSubscription.<PushSubscription>findById(delivery.target);
            if (subscription == null) {
                close(delivery, DeliveryStatus.GONE, "the device no longer gets notifications");
                return null;
            }
            push = new Outgoing.PushTarget(subscription.id, subscription.endpoint, subscription.p256dh, subscription.auth);
        } else {
            PersonChannels channels = PersonChannels.<PersonChannels>findById(delivery.target);
            if (channels == null || channels.ntfyUrl == null) {
                close(delivery, DeliveryStatus.FAILED, "the person no longer has an ntfy topic");
                return null;
            }
            topic = new Outgoing.NtfyTarget(channels.ntfyUrl, channels.ntfyToken);
        }
        String token = delivery.actsOnADose() ? tokens.issue(delivery, now) : null;
        return new Outgoing(delivery.id, delivery.itemKey, delivery.kind, delivery.title, delivery.body, delivery.medicationId,
                delivery.scheduledAt, token, push, topic);
    }

    private void record(Outgoing outgoing, SendOutcome outcome) {
        Delivery delivery = Delivery.<Delivery>findById(outgoing.deliveryId());
        if (delivery == null) {
            return;
        }
        Instant now = clock.instant();
        delivery.lastStatus = outcome.status() == 0 ? null : outcome.status();
        delivery.lastError = outcome.detail();
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.SENT;
            delivery.sentAt = now;
            if (outgoing.push() != null) {
                PushSubscription subscription = PushSubscription.<PushSubscription>findById(outgoing.push().subscriptionId());
                if (subscription != null) {
                    subscription.lastSentAt = now;
                }
            }
        } else if (outgoing.push() != null && outcome.gone()) {
            delivery.status = DeliveryStatus.GONE;
            PushSubscription.delete("id", outgoing.push().subscriptionId());
            LOG.infof("A device's push subscription %d is gone (HTTP %d): removed", outgoing.push().subscriptionId(), outcome.status());
        } else if (outcome.retryable() && delivery.attempts < maxAttempts) {
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now.plus(backoff.after(delivery.attempts, outcome.retryAfter()));
        } else {
            delivery.status = DeliveryStatus.FAILED;
            LOG.warnf("Gave up on %s for person %d over %s after %d tries: %s", delivery.itemKey, delivery.personId, delivery.channel,
                    delivery.attempts, outcome.detail());
        }
    }

    private static void close(Delivery delivery, DeliveryStatus status, String reason) {
        delivery.status = status;
        delivery.lastError = reason;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
