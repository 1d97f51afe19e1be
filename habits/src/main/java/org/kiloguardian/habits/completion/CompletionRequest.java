package org.kiloguardian.habits.completion;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.kiloguardian.rest.StorableDate;

/** Optional body of a completion: the day (default today), how many times (default 1), a note. */
public record CompletionRequest(@StorableDate @NotInTheFuture LocalDate date, @Min(1) @Max(100) Integer count, @Size(max = 500) String note) {

    public static final CompletionRequest TODAY_ONCE = new CompletionRequest(null, null, null);

    public static CompletionRequest on(LocalDate date) {
        return new CompletionRequest(date, null, null);
    }
}
