package org.kiloguardian.notifications.message;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing to tell the household, before it is addressed to anyone. {@code key} names it uniquely
 * ("dose-due:12:2026-12-04T07:00:00Z"): the same key is never sent twice to the same channel.
 * {@code dose} is set for a dose-due message, whose notification carries "Taken" and "Snooze".
 */
public record Message(Kind kind, String key, String title, String body, Dose dose) {

    public Message {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        if (key.length() > 200) {
            throw new IllegalArgumentException("key longer than 200 characters: " + key);
        }
        title = cut(title, 200);
        body = cut(body, 1000);
    }

    public static Message of(Kind kind, String key, String title, String body) {
        return new Message(kind, key, title, body, null);
    }

    /** The dose a notification acts on. */
    public record Dose(long medicationId, Instant scheduledAt) {
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
