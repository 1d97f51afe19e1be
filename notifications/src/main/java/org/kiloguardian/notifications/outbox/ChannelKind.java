package org.kiloguardian.notifications.outbox;

/** Where a delivery goes: a browser's push subscription, or a person's ntfy topic. */
public enum ChannelKind {
    WEB_PUSH,
    NTFY
}
