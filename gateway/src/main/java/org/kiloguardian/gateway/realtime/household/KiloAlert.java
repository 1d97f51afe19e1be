package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payload of {@code kilo_alert}: a warning such as a budget over 90 %, low stock or a missed dose.
 * Field names on the wire are the old clients' ({@code alert_type}); {@code person_id} and
 * {@code person_name} say whose medication it is about, null for the household's.
 */
public record KiloAlert(@JsonProperty("alert_type") String alertType, String message, String severity,
        boolean actionable, OffsetDateTime timestamp, @JsonProperty("person_id") Long personId,
        @JsonProperty("person_name") String personName) {

    public static final String EVENT = "kilo_alert";

    /** A household-wide alert (budgets, bills): about nobody in particular. */
    public KiloAlert(String alertType, String message, String severity, boolean actionable, OffsetDateTime timestamp) {
        this(alertType, message, severity, actionable, timestamp, null, null);
    }
}
