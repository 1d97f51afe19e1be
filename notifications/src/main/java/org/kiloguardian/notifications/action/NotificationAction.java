package org.kiloguardian.notifications.action;

import java.util.Locale;
import java.util.Optional;

/** The buttons of a dose-due notification, as their URLs name them. */
public enum NotificationAction {
    TAKEN,
    SNOOZE;

    public static Optional<NotificationAction> named(String name) {
        for (NotificationAction action : values()) {
            if (action.path().equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
