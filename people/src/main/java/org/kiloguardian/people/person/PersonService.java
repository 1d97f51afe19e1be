package org.kiloguardian.people.person;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.kiloguardian.people.event.PersonChanged;
import org.kiloguardian.people.event.PersonChanged.Kind;
import org.kiloguardian.rest.error.Conflict;
import org.kiloguardian.rest.error.Forbidden;
import org.kiloguardian.rest.patch.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The household's people: the one place that adds, changes and removes them. The API and the UI both call it. */
@ApplicationScoped
public class PersonService {

    private final Belongings belongings;
    private final Event<PersonChanged> changed;
    private final MergePatch mergePatch;
    private final Clock clock;

    PersonService(Belongings belongings, Event<PersonChanged> changed, ObjectMapper json, Validator validator, Clock clock) {
        this.belongings = belongings;
        this.changed = changed;
        this.mergePatch = new MergePatch(json, validator);
        this.clock = clock;
    }

    /** By name; {@code active} true for active people only, false for deactivated ones, null for all. */
    @Transactional
    public List<PersonView> list(Boolean active) {
        return Person.byName(active).stream().map(PersonView::of).toList();
    }

    @Transactional
    public PersonView get(long id) {
        return PersonView.of(Person.require(id));
    }

    /** Any person, active or not, by id. */
    @Transactional
    public Optional<PersonView> find(long id) {
        return Person.<Person>findByIdOptional(id).map(PersonView::of);
    }

    /** The person who uses this login. */
    @Transactional
    public Optional<PersonView> forLogin(long userId) {
        return Person.findByLogin(userId).map(PersonView::of);
    }

    @Transactional
    public PersonView create(@NotNull Editor editor, @NotNull @Valid PersonRequest request) {
        if (!editor.admin()) {
            throw new Forbidden("Only an admin adds people to the household.");
        }
        Person person = new Person();
        person.createdAt = now();
        apply(request, person, person.createdAt);
        person.persist();
        Person.flush(); // a name or login taken by a concurrent request fails here (unique index), not after the event
        changed.fire(new PersonChanged(Kind.CREATED, person.id, person.name, person.updatedAt));
        return PersonView.of(person);
    }

    /**
     * PATCH with a JSON merge patch (RFC 7396): present fields replace, null clears (no login, no
     * caregivers, the palette's colour). Admins change anyone; a member only their own person's
     * name, colour and caregivers.
     */
    @Transactional
    public PersonView patch(@NotNull Editor editor, long id, @NotNull(message = "must be a JSON merge patch") JsonNode patch) {
        Person person = Person.require(id);
        if (!editor.admin() && !editor.owns(person)) {
            throw new Forbidden("Members change only their own person; ask an admin to change " + person.name + ".");
        }
        PersonRequest merged = mergePatch.applyTo(PersonRequest.of(person), patch, PersonRequest.class);
        if (!editor.admin()) {
            if (!Objects.equals(merged.userId(), person.userId)) {
                throw new Forbidden("userId: only an admin links a person to a login.");
            }
            if (merged.active() != null && merged.active() != person.active) {
                throw new Forbidden("active: only an admin deactivates or restores a person.");
            }
        }
        apply(merged, person, now());
        Person.flush();
        changed.fire(new PersonChanged(Kind.UPDATED, person.id, person.name, person.updatedAt));
        return PersonView.of(person);
    }

    /**
     * Removes a person who owns nothing and uses no login. Someone with history is deactivated
     * instead ({@code "active": false}), so their habits and medications keep their owner.
     */
    @Transactional
    public void delete(@NotNull Editor editor, long id) {
        if (!editor.admin()) {
            throw new Forbidden("Only an admin removes people from the household.");
        }
        Person person = Person.require(id);
        if (belongings.count(id) > 0) {
            throw new Conflict(person.name + " has " + belongings.describe(id)
                    + ": deactivate the person instead (PATCH {\"active\": false}), which keeps that history.");
        }
        if (person.userId != null) {
            throw new Conflict(person.name + " is the person of a login: link the login to someone else"
                    + " first, or deactivate the person (PATCH {\"active\": false}).");
        }
        person.delete();
        Person.flush();
        changed.fire(new PersonChanged(Kind.DELETED, id, person.name, now()));
    }

    /**
     * Every login has its own person, named after the login's display name: an existing person
     * without a login of that name is linked (added by an admin before the login existed), or a new
     * one is made. Does nothing for a login that already has a person.
     */
    @Transactional
    public PersonView ensureForLogin(long userId, String displayName) {
        Optional<Person> existing = Person.findByLogin(userId);
        if (existing.isPresent()) {
            return PersonView.of(existing.get());
        }
        String name = displayName.strip();
        Optional<Person> namesake = Person.findNamed(name, null);
        Instant now = now();
        Person person;
        if (namesake.isPresent() && namesake.get().userId == null) {
            person = namesake.get();
            person.userId = userId;
            person.updatedAt = now;
        } else {
            person = new Person();
            person.name = freeName(name);
            person.color = Palette.next(Person.byName(Boolean.TRUE).stream().map(p -> p.color).toList());
            person.userId = userId;
            person.createdAt = now;
            person.updatedAt = now;
            person.persist();
        }
        Person.flush();
        changed.fire(new PersonChanged(namesake.isPresent() && person == namesake.get() ? Kind.UPDATED : Kind.CREATED,
                person.id, person.name, now));
        return PersonView.of(person);
    }

    /** A login was removed: its person stays, without a login, and it looks after nobody any more. */
    @Transactional
    public void loginRemoved(long userId) {
        Instant now = now();
        Person.findByLogin(userId).ifPresent(person -> {
            person.userId = null;
            person.updatedAt = now;
            changed.fire(new PersonChanged(Kind.UPDATED, person.id, person.name, now));
        });
        for (Person cared : Person.caredForBy(userId)) {
            cared.caregiverUserIds.remove(userId);
            cared.updatedAt = now;
            changed.fire(new PersonChanged(Kind.UPDATED, cared.id, cared.name, now));
        }
    }

    /** Whose screens get this person's reminders (see {@link ReminderAudience}). */
    @Transactional
    public ReminderAudience remindersOf(long personId) {
        Person person = Person.findById(personId);
        if (person == null) {
            return ReminderAudience.HOUSEHOLD;
        }
        Set<Long> audience = new LinkedHashSet<>();
        audience.add(person.id);
        for (Long caregiver : person.caregiverUserIds) {
            Person.findByLogin(caregiver).ifPresent(theirs -> audience.add(theirs.id));
        }
        boolean nobodyElse = person.userId == null && audience.size() == 1;
        return nobodyElse ? ReminderAudience.HOUSEHOLD : new ReminderAudience(Set.copyOf(audience), false);
    }

    /** As PostgreSQL keeps it (microseconds), so what a call returns equals what a later read finds. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Every timestamp of one change is the same instant. */
    private void apply(PersonRequest request, Person person, Instant now) {
        String name = request.name().strip();
        Person.findNamed(name, person.id).ifPresent(other -> {
            throw new Conflict("name: " + other.name + " is already a person of the household (id " + other.id
                    + "); names are unique whatever their case.");
        });
        if (request.userId() != null) {
            Person.findByLogin(request.userId()).filter(other -> !other.id.equals(person.id)).ifPresent(other -> {
                throw new Conflict("userId: that login is already " + other.name + "'s (id " + other.id
                        + "); a login has at most one person.");
            });
        }
        person.name = name;
        person.color = request.color() != null ? request.color().toLowerCase(java.util.Locale.ROOT)
                : person.color != null ? person.color
                : Palette.next(Person.byName(Boolean.TRUE).stream().map(p -> p.color).toList());
        person.userId = request.userId();
        person.active = !Boolean.FALSE.equals(request.active());
        person.caregiverUserIds.clear();
        if (request.caregiverUserIds() != null) {
            person.caregiverUserIds.addAll(request.caregiverUserIds());
        }
        person.updatedAt = now;
    }

    /** "Anna", then "Anna 2", "Anna 3"... for a login whose display name another person already has. */
    private String freeName(String name) {
        String candidate = name.length() > 100 ? name.substring(0, 100) : name;
        for (int n = 2; Person.findNamed(candidate, null).isPresent(); n++) {
            String suffix = " " + n;
            candidate = (name.length() + suffix.length() > 100 ? name.substring(0, 100 - suffix.length()) : name) + suffix;
        }
        return candidate;
    }
}
