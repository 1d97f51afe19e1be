package org.kiloguardian.habits.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.habits.completion.Completion;
import org.kiloguardian.habits.habit.Habit;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.rest.PersonFilter;
import org.kiloguardian.rest.error.InvalidInput;

/** Streaks, rates and day-by-day history, computed from the completion log on each call. */
@ApplicationScoped
public class HabitStatsService {

    /** A year and a day: enough for a yearly calendar, small enough to answer quickly. */
    public static final int MAX_HISTORY_DAYS = 366;
    public static final int DEFAULT_HISTORY_DAYS = 30;

    private final Clock clock;
    private final Owners owners;

    HabitStatsService(Clock clock, Owners owners) {
        this.owners = owners;
        this.clock = clock;
    }

    @Transactional
    public HabitStats stats(long habitId) {
        Habit habit = Habit.require(habitId);
        return stats(habit, Completion.upTo(List.of(habitId), LocalDate.now(clock)));
    }

    /** The stats of every active habit {@code person} selects (one person's, the caller's, the shared ones, everyone's), by name. */
    @Transactional
    public List<HabitStats> stats(PersonFilter person) {
        Predicate<Long> owner = owners.select(person);
        List<Habit> selected = Habit.listActiveReadOnly().stream().filter(habit -> owner.test(habit.personId)).toList();
        // the whole history of every selected habit in one query, not one per habit
        Map<Long, List<Completion>> byHabit = Completion.upTo(selected.stream().map(habit -> habit.id).toList(), LocalDate.now(clock))
                .stream().collect(Collectors.groupingBy(completion -> completion.id.habitId()));
        return selected.stream().map(habit -> stats(habit, byHabit.getOrDefault(habit.id, List.of()))).toList();
    }

    /** The stats of a habit from its completions up to today, oldest first. */
    private HabitStats stats(Habit habit, List<Completion> history) {
        long habitId = habit.id;
        Schedule schedule = habit.schedule();
        LocalDate today = LocalDate.now(clock);
        LocalDate end = habit.archivedAt == null ? today : min(today, LocalDate.ofInstant(habit.archivedAt, clock.getZone()));
        LocalDate start = min(LocalDate.ofInstant(habit.createdAt, clock.getZone()), history.isEmpty() ? today : history.get(0).day());
        DayLog log = DayLog.of(history, habit.targetCount);
        Streaks streaks = Streaks.of(schedule, log, start, end);
        return new HabitStats(habitId, streaks.current(), streaks.longest(), schedule.streakUnit(),
                CompletionRate.over(7, schedule, log, start, end),
                CompletionRate.over(30, schedule, log, start, end),
                CompletionRate.over(90, schedule, log, start, end), habit.personId);
    }

    /** Every day from {@code from} to {@code to} (defaults: the 30 days up to today), oldest first. */
    @Transactional
    public List<HistoryDay> history(long habitId, LocalDate from, LocalDate to) {
        Habit habit = Habit.require(habitId);
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_HISTORY_DAYS - 1L);
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "must not be after to (" + first + " > " + last + ").");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_HISTORY_DAYS) {
            throw new InvalidInput("to", "a history spans at most " + MAX_HISTORY_DAYS + " days.");
        }
        Schedule schedule = habit.schedule();
        DayLog log = DayLog.of(Completion.between(habitId, first, last), habit.targetCount);
        List<HistoryDay> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Completion completion = log.on(day).orElse(null);
            days.add(new HistoryDay(day, log.count(day), log.done(day), schedule.expects(day),
                    completion == null ? null : completion.status, completion == null ? null : completion.note));
        }
        return days;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
