package org.kiloguardian.ui.live;

import java.time.Instant;

/**
 * One entry of the live feed: a {@code notification} (a reminder, a bill due) or a {@code kilo_alert}
 * (a warning: budget over 90 %, low stock, missed dose), as the old clients named them.
 */
public record Notice(Kind kind, String severity, String message, Instant at) {

    public enum Kind {
        NOTIFICATION, ALERT
    }

    public static Notice notification(String message, Instant at) {
        return new Notice(Kind.NOTIFICATION, "info", message, at);
    }

    public static Notice alert(String severity, String message, Instant at) {
        return new Notice(Kind.ALERT, severity, message, at);
    }
}
