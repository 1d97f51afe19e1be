package org.kiloguardian.habits.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kiloguardian.habits.completion.Completion;

/** A habit's recorded days, looked up by date, judged against its daily target. */
public final class DayLog {

    private final Map<LocalDate, Completion> days;
    private final int targetCount;

    private DayLog(Map<LocalDate, Completion> days, int targetCount) {
        this.days = days;
        this.targetCount = targetCount;
    }

    public static DayLog of(Collection<Completion> completions, int targetCount) {
        return new DayLog(completions.stream().collect(Collectors.toMap(Completion::day, Function.identity())), targetCount);
    }

    public Optional<Completion> on(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    public int count(LocalDate day) {
        return on(day).map(c -> c.count).orElse(0);
    }

    public boolean done(LocalDate day) {
        return on(day).map(c -> c.reaches(targetCount)).orElse(false);
    }

    /** Skipped on purpose and not done anyway. */
    public boolean excused(LocalDate day) {
        return on(day).map(c -> c.excused(targetCount)).orElse(false);
    }

    public int targetCount() {
        return targetCount;
    }
}
