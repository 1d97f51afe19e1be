package org.kiloguardian.notifications.channel;

import java.time.LocalTime;

/**
 * A person's quiet hours, on the household's clock: from {@code from} (included) to {@code to}
 * (excluded), across midnight when {@code to} comes first (22:00 to 07:00).
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public static final QuietHours NONE = new QuietHours(null, null);

    public boolean contains(LocalTime time) {
        if (from == null || from.equals(to)) {
            return false;
        }
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }
}
