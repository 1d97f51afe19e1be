package org.kiloguardian.gateway.realtime.household;

import java.time.OffsetDateTime;

/**
 * Payload of {@code kilo_alert}: a warning such as a budget over 90 %, low stock or a missed dose.
 * On the wire in snake_case ({@code alert_type}, by {@link EventPayloads}); {@code person_id} and
 * {@code person_name} say whose medication it is about, null for the household's.
 */
public record KiloAlert(String alertType, String message, String severity, boolean actionable, OffsetDateTime timestamp,
        Long personId, String personName) {

    public static final String EVENT = "kilo_alert";

    /** A household-wide alert (budgets, bills): about nobody in particular. */
    public KiloAlert(String alertType, String message, String severity, boolean actionable, OffsetDateTime timestamp) {
        this(alertType, message, severity, actionable, timestamp, null, null);
    }
}
