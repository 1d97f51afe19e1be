package org.kiloguardian.notifications.action;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kiloguardian.notifications.config.NotificationsConfig;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Gone;
import org.kiloguardian.rest.error.NotFound;

/**
 * "Taken" or "Snooze" pressed on a notification, with the app closed: the token is the credential
 * (there is no login on that request). The token row is locked, so a double tap takes the dose once;
 * using it and acting on the dose commit together, so a dose the meds module refuses (taken on the
 * tablet meanwhile: 409) leaves nothing half done.
 */
@ApplicationScoped
public class ActionService {

    private final DoseActions doses;
    private final NotificationsConfig config;
    private final Clock clock;

    ActionService(DoseActions doses, NotificationsConfig config, Clock clock) {
        this.doses = doses;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public ActionResult act(String token, NotificationAction action) {
        ActionToken stored = ActionToken.findById(ActionTokens.digest(token), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            throw new NotFound("No notification has this action token.");
        }
        Instant now = clock.instant();
        if (stored.usedAt != null) {
            throw new Conflict("This notification's buttons were already used (" + stored.usedFor + " at " + stored.usedAt
                    + "); each works once.");
        }
        if (!now.isBefore(stored.expiresAt)) {
            throw new Gone("This notification's buttons expired at " + stored.expiresAt
                    + "; open the app to take or snooze the dose.");
        }
        stored.usedAt = now;
        stored.usedFor = action.path();
        if (action == NotificationAction.TAKEN) {
            return new ActionResult(action.path(), stored.medicationId, stored.scheduledAt,
                    doses.take(stored.medicationId, stored.scheduledAt), null);
        }
        int minutes = (int) config.snooze().toMinutes();
        doses.snooze(stored.medicationId, stored.scheduledAt, minutes);
        return new ActionResult(action.path(), stored.medicationId, stored.scheduledAt, null, now.plusSeconds(60L * minutes));
    }
}
