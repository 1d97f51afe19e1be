package org.kiloguardian.notifications.send;

import java.time.Instant;

import org.kiloguardian.notifications.message.Kind;

/**
 * One claimed delivery as the channels need it, read in the claiming transaction so that nothing is
 * read from the database while the HTTP call runs. {@code actionToken}: the fresh "Taken" / "Snooze"
 * token of a dose-due message (null otherwise); it exists only here and in the message sent.
 */
public record Outgoing(
        long deliveryId,
        String itemKey,
        Kind kind,
        String title,
        String body,
        Long medicationId,
        Instant scheduledAt,
        String actionToken,
        PushTarget push,
        NtfyTarget ntfy) {

    /** A browser's subscription. */
    public record PushTarget(long subscriptionId, String endpoint, String p256dh, String auth) {
    }

    /** A person's ntfy topic URL and optional access token. */
    public record NtfyTarget(String url, String token) {
    }

    /** Notifications about the same dose replace each other on the device. */
    public String tag() {
        return medicationId != null && scheduledAt != null ? "dose-" + medicationId + "-" + scheduledAt.getEpochSecond() : itemKey;
    }

    /** Where the buttons post, below the app's address. */
    public String actionPath() {
        return actionToken == null ? null : "/api/notifications/actions/" + actionToken;
    }
}
