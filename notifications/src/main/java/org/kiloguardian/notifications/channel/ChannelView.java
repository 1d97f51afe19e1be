package org.kiloguardian.notifications.channel;

import java.time.Instant;
import java.time.LocalTime;

/**
 * A person's channels as the API shows them: the ntfy token only as "there is one". {@code
 * financeAlerts} is what was chosen (null: by role); {@code getsFinanceAlerts} what applies.
 */
public record ChannelView(
        long personId,
        String ntfyUrl,
        boolean ntfyToken,
        LocalTime quietFrom,
        LocalTime quietTo,
        Boolean financeAlerts,
        boolean getsFinanceAlerts,
        Instant updatedAt) {
}
