package org.kiloguardian.notifications.household;

/** The login behind a request, with its person (null for a login without one). */
public record Caller(long userId, Long personId, boolean admin) {
}
