package org.kiloguardian.people.event;

import java.time.Instant;

/**
 * A person was added, changed (also deactivated, linked to a login, given caregivers) or removed.
 * Fired inside the writing transaction: observe with {@code AFTER_SUCCESS}.
 */
public record PersonChanged(Kind kind, long personId, String name, Instant timestamp) {

    public enum Kind {
        CREATED, UPDATED, DELETED
    }
}
