package org.kiloguardian.meds.dose;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Putting off a scheduled dose for some minutes; without scheduledAt, the open dose of today nearest to now. */
public record SnoozeRequest(@NotNull @Min(1) @Max(720) Integer minutes, OffsetDateTime scheduledAt) {
}
