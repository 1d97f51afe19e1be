package org.kiloguardian.habits.completion;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.kiloguardian.rest.StorableDate;

/** Optional body of a skip: the day (default today) and why. */
public record SkipRequest(@StorableDate @NotInTheFuture LocalDate date, @Size(max = 500) String note) {

    public static final SkipRequest TODAY = new SkipRequest(null, null);

    public static SkipRequest on(LocalDate date) {
        return new SkipRequest(date, null);
    }
}
