package org.kiloguardian.security.event;

import java.time.Instant;

/**
 * A household user or an API token was created, changed or removed (revoked). Fired inside the
 * writing transaction: observe with {@code AFTER_SUCCESS}. The admin screens redraw on it.
 */
public record AccessChanged(Kind kind, long id, Instant timestamp) {

    public enum Kind {
        USER, TOKEN
    }
}
