package org.kiloguardian.notifications.push;

import java.time.Instant;

/** A device that gets notifications, as its owner sees it (never its keys). */
public record SubscriptionView(long id, long userId, String device, String pushService, Instant createdAt, Instant lastSentAt) {

    static SubscriptionView of(PushSubscription subscription) {
        return new SubscriptionView(subscription.id, subscription.userId, subscription.device,
                java.net.URI.create(subscription.endpoint).getHost(), subscription.createdAt, subscription.lastSentAt);
    }
}
