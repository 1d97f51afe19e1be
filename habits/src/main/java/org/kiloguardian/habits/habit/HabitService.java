package org.kiloguardian.habits.habit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.habits.completion.Completion;
import org.kiloguardian.habits.event.HabitArchived;
import org.kiloguardian.habits.event.HabitCreated;
import org.kiloguardian.habits.event.HabitEvent;
import org.kiloguardian.habits.event.HabitPurged;
import org.kiloguardian.habits.event.HabitUpdated;
import org.kiloguardian.owner.Owners;
import org.kiloguardian.habits.schedule.Schedule;
import org.kiloguardian.rest.PersonFilter;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Creating, changing, archiving and deleting habits. The REST resource and the UI both call this. */
@ApplicationScoped
public class HabitService {

    private final Event<HabitEvent> events;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final Owners owners;

    HabitService(Event<HabitEvent> events, ObjectMapper json, Validator validator, Clock clock, Owners owners) {
        this.owners = owners;
        this.events = events;
        this.mergePatch = new MergePatch(json, validator);
        this.clock = clock;
    }

    @Transactional
    public List<HabitView> list(Boolean active) {
        return list(active, PersonFilter.everyone());
    }

    /** By name; {@code person}: one person's habits, the caller's ({@code me}), the shared ones, or everyone's. */
    @Transactional
    public List<HabitView> list(Boolean active, PersonFilter person) {
        Predicate<Long> owner = owners.select(person);
        return Habit.byName(active).stream().filter(habit -> owner.test(habit.personId)).map(HabitView::of).toList();
    }

    /** How many habits, archived ones too, belong to this person: someone with habits is deactivated, not deleted. */
    @Transactional
    public long countOwnedBy(long personId) {
        return Habit.countOwnedBy(personId);
    }

    /** The active habits linked to a medication: lets the gateway keep a medication's habit in step with it. */
    @Transactional
    public List<HabitView> forMedication(long medicationId) {
        return Habit.listActiveForMedication(medicationId).stream().map(HabitView::of).toList();
    }

    @Transactional
    public HabitView get(long id) {
        return HabitView.of(Habit.require(id));
    }

    @Transactional
    public HabitView create(@NotNull @Valid HabitRequest body) {
        Habit habit = new Habit();
        habit.createdAt = clock.instant();
        boolean active = !Boolean.FALSE.equals(body.active());
        apply(body, habit, active, habit.createdAt);
        habit.persist();
        Habit.flush(); // a name taken by a concurrent request fails here (unique index), not after the event
        events.fire(new HabitCreated(habit.id, habit.name, today(), 0, false, habit.updatedAt, habit.personId,
                owners.nameOf(habit.personId)));
        return HabitView.of(habit);
    }

    /** PUT: every field as given, omitted ones back to their defaults; {@code active} omitted keeps the state. */
    @Transactional
    public HabitView replace(long id, @NotNull @Valid HabitRequest body) {
        Habit habit = Habit.require(id);
        boolean wasActive = habit.active;
        apply(body, habit, body.active() == null ? wasActive : body.active(), clock.instant());
        Habit.flush();
        events.fire(wasActive && !habit.active ? archivedEvent(habit) : updatedEvent(habit));
        return HabitView.of(habit);
    }

    /** PATCH with an RFC 7396 merge patch over the habit's current representation. */
    @Transactional
    public HabitView patch(long id, @NotNull(message = "must be a JSON merge patch") JsonNode patch) {
        Habit habit = Habit.require(id);
        return replace(id, mergePatch.applyTo(HabitRequest.of(habit), patch, HabitRequest.class));
    }

    /** DELETE: archives (history stays, name becomes free again). Archiving twice changes nothing. */
    @Transactional
    public void archive(long id) {
        Habit habit = Habit.require(id);
        if (habit.active) {
            habit.active = false;
            habit.archivedAt = clock.instant();
            habit.updatedAt = habit.archivedAt;
            events.fire(archivedEvent(habit));
        }
    }

    /** DELETE ?purge=true: the habit and every day of its history are gone. */
    @Transactional
    public void purge(long id) {
        Habit habit = Habit.require(id);
        HabitPurged purged = new HabitPurged(habit.id, habit.name, today(), 0, false, clock.instant(), habit.personId,
                owners.nameOf(habit.personId));
        habit.delete(); // completions go with it: ON DELETE CASCADE
        Habit.flush();
        events.fire(purged);
    }

    /** Every timestamp of one change is the same instant. */
    private void apply(HabitRequest request, Habit habit, boolean active, Instant now) {
        String name = request.name().strip();
        if (active) {
            Long self = habit.id;
            Habit.findActiveNamed(name, request.personId(), self).ifPresent(other -> {
                String whose = other.personId == null ? "a shared active habit" : owners.nameOf(other.personId) + "'s active habit";
                throw new Conflict("name: " + whose + " is already called \"" + other.name + "\" (id "
                        + other.id + ").");
            });
        }
        habit.name = name;
        habit.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        habit.schedule(Objects.requireNonNullElse(request.schedule(), Schedule.DAILY));
        habit.targetCount = Objects.requireNonNullElse(request.targetCount(), 1);
        habit.reminderTimes.clear();
        if (request.reminderTimes() != null) {
            habit.reminderTimes.addAll(request.reminderTimes());
        }
        habit.medicationId = request.medicationId();
        habit.personId = request.personId();
        if (habit.active && !active) {
            habit.archivedAt = now;
        } else if (active) {
            habit.archivedAt = null;
        }
        habit.active = active;
        habit.updatedAt = now;
    }

    private HabitUpdated updatedEvent(Habit habit) {
        LocalDate today = today();
        int count = Completion.on(habit.id, today).map(c -> c.count).orElse(0);
        return new HabitUpdated(habit.id, habit.name, today, count, count >= habit.targetCount, habit.updatedAt, habit.personId,
                owners.nameOf(habit.personId));
    }

    private HabitArchived archivedEvent(Habit habit) {
        LocalDate today = today();
        int count = Completion.on(habit.id, today).map(c -> c.count).orElse(0);
        return new HabitArchived(habit.id, habit.name, today, count, count >= habit.targetCount, habit.updatedAt, habit.personId,
                owners.nameOf(habit.personId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
