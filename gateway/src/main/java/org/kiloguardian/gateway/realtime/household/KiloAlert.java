package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code kilo_alert}: a warning such as a budget over 90 %, low stock or a missed dose.
 * Field names on the wire are the old clients' ({@code alert_type}).
 */
public record KiloAlert(@JsonProperty("alert_type") String alertType, String message, String severity,
        boolean actionable, OffsetDateTime timestamp) {

    public static final String EVENT = "kilo_alert";
}
