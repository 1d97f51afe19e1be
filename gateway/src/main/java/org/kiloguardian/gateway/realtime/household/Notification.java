package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Payload of {@code notification}: a reminder or notice for the household, on the wire in snake_case
 * (by {@link EventPayloads}); {@code person_id} and
 * {@code person_name} say whom a dose reminder is for, null for the household's notices.
 */
public record Notification(String type, String content, Map<String, Object> metadata, OffsetDateTime timestamp,
        Long personId, String personName) {

    public static final String EVENT = "notification";

    /** A notice for the whole household (a bill, a test message). */
    public Notification(String type, String content, Map<String, Object> metadata, OffsetDateTime timestamp) {
        this(type, content, metadata, timestamp, null, null);
    }
}
