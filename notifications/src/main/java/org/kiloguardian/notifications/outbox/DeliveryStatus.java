package org.kiloguardian.notifications.outbox;

/** Where a delivery stands. PENDING and SENDING are still to go out; the others are final. */
public enum DeliveryStatus {
    /** Recorded, waiting for its (next) try. */
    PENDING,
    /** Claimed by a sender; claimed again if that sender died (a restart) before recording the answer. */
    SENDING,
    SENT,
    /** Inside the person's quiet hours: not sent. */
    QUIET,
    /** The push service said the subscription is gone (404/410); it was removed. */
    GONE,
    /** Refused, or still failing after the last try. */
    FAILED
}
