package org.kiloguardian.meds.dose;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Size;

/** Skipping a scheduled dose on purpose; without scheduledAt, the open dose of today nearest to now. */
public record SkipRequest(OffsetDateTime scheduledAt, @Size(max = 500) String note) {

    public static final SkipRequest NOW = new SkipRequest(null, null);
}
