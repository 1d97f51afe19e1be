package org.kiloguardian.notifications.action;

import java.math.BigDecimal;
import java.time.Instant;

/** What a button did: the dose taken (and the stock left) or snoozed until {@code snoozedUntil}. */
public record ActionResult(String action, long medicationId, Instant scheduledAt, BigDecimal stock, Instant snoozedUntil) {
}
