package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code notification}: a reminder or notice for the household; {@code person_id} and
 * {@code person_name} say whom a dose reminder is for, null for the household's notices.
 */
public record Notification(String type, String content, Map<String, Object> metadata, OffsetDateTime timestamp,
        @JsonProperty("person_id") Long personId, @JsonProperty("person_name") String personName) {

    public static final String EVENT = "notification";

    /** A notice for the whole household (a bill, a test message). */
    public Notification(String type, String content, Map<String, Object> metadata, OffsetDateTime timestamp) {
        this(type, content, metadata, timestamp, null, null);
    }
}
