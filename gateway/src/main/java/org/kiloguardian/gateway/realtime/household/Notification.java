package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;
import java.util.Map;

/** Payload of {@code notification}: a reminder or notice for the household. */
public record Notification(String type, String content, Map<String, Object> metadata, OffsetDateTime timestamp) {

    public static final String EVENT = "notification";
}
