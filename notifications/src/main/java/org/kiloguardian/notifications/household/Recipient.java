package org.kiloguardian.notifications.household;

/**
 * A person who receives a message: their own ntfy topic and quiet hours, and the devices of their
 * login ({@code userId}, null for someone without one). {@code admin}: their login is an admin's.
 */
public record Recipient(long personId, String name, Long userId, boolean admin) {
}
