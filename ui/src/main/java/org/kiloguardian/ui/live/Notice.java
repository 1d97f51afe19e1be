package org.kiloguardian.ui.live;

import java.time.Instant;

/**
 * One entry of the live feed: a {@code notification} (a reminder, a bill due) or a {@code kilo_alert}
 * (a warning: budget over 90 %, low stock, missed dose), as the old clients named them.
 * {@code personId} names whose dose a reminder or missed-dose alert is about; such a notice shows
 * only to that person's logins and their caregivers' (as on Socket.IO); null is for everyone.
 */
public record Notice(Kind kind, String severity, String message, Instant at, Long personId) {

    public enum Kind {
        NOTIFICATION, ALERT
    }

    public static Notice notification(String message, Instant at) {
        return new Notice(Kind.NOTIFICATION, "info", message, at, null);
    }

    public static Notice alert(String severity, String message, Instant at) {
        return new Notice(Kind.ALERT, severity, message, at, null);
    }

    /** The same notice, meant for this person's screens (and their caregivers'). */
    public Notice about(Long person) {
        return new Notice(kind, severity, message, at, person);
    }
}
