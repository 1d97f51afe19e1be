package org.kiloguardian.habits.completion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.kiloguardian.habits.event.HabitCompleted;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.habits.event.HabitUpdated;
import org.kiloguardian.habits.habit.Habit;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.NotFound;

/** Recording progress: done once more, undo the last one, skip a day. Days are household-local. */
@ApplicationScoped
public class CompletionService {

    private final Event<HabitEvent> events;
    private final Clock clock;
    private final Owners owners;

    CompletionService(Event<HabitEvent> events, Clock clock,
            Owners owners) {
        this.owners = owners;
        this.events = events;
        this.clock = clock;
    }

    /** Adds one (or {@code count}) to the day, today unless a past date is given. */
    @Transactional
    public DayState complete(long habitId, @Valid CompletionRequest request) {
        CompletionRequest body = Objects.requireNonNullElse(request, CompletionRequest.TODAY_ONCE);
        Habit habit = activeHabit(habitId);
        LocalDate day = dayOrToday(body.date());
        Instant now = clock.instant();
        Completion completion = Completion.add(habitId, day, Objects.requireNonNullElse(body.count(), 1), body.note(), now);
        DayState state = DayState.of(completion, habit.targetCount);
        events.fire(new HabitCompleted(habitId, habit.name, day, state.count(), state.done(), now, habit.personId,
                owners.nameOf(habit.personId)));
        return state;
    }

    /** Takes back the day's last completion (or its skip); 404 when there is nothing to take back. */
    @Transactional
    public DayState undo(long habitId, LocalDate day) {
        Habit habit = Habit.require(habitId);
        Instant now = clock.instant();
        Completion left = Completion.undo(habitId, day, now)
                .orElseThrow(() -> new NotFound("Habit " + habitId + " has nothing to undo on " + day + "."));
        DayState state = DayState.of(left, habit.targetCount);
        events.fire(new HabitUpdated(habitId, habit.name, day, state.count(), state.done(), now, habit.personId,
                owners.nameOf(habit.personId)));
        return state;
    }

    /** Marks a day skipped: it neither counts nor breaks a streak. */
    @Transactional
    public DayState skip(long habitId, @Valid SkipRequest request) {
        SkipRequest body = Objects.requireNonNullElse(request, SkipRequest.TODAY);
        Habit habit = activeHabit(habitId);
        LocalDate day = dayOrToday(body.date());
        Instant now = clock.instant();
        DayState state = DayState.of(Completion.skip(habitId, day, body.note(), now), habit.targetCount);
        events.fire(new HabitUpdated(habitId, habit.name, day, state.count(), state.done(), now, habit.personId,
                owners.nameOf(habit.personId)));
        return state;
    }

    /** The state of one day, also when nothing was recorded. */
    @Transactional
    public DayState day(long habitId, LocalDate day) {
        Habit habit = Habit.require(habitId);
        return Completion.on(habitId, day)
                .map(completion -> DayState.of(completion, habit.targetCount))
                .orElseGet(() -> new DayState(habitId, day, 0, habit.targetCount, false, null, null));
    }

    private Habit activeHabit(long habitId) {
        Habit habit = Habit.require(habitId);
        if (!habit.active) {
            throw new Conflict("Habit " + habitId + " is archived; restore it (\"active\": true) before recording progress.");
        }
        return habit;
    }

    private LocalDate dayOrToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }
}
