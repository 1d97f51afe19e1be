package org.kiloguardian.meds.event;

import java.time.Instant;

/** A medication and its history were deleted; a linked habit may go with it. */
public record MedicationRemoved(long medId, String medName, Instant timestamp) {
}
