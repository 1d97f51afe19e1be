package org.kiloguardian.owner;

import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.rest.PersonFilter;

/**
 * Whose items (habits, medications) a list asks for, and the owner's name for events: what a domain
 * module asks of {@link PersonDirectory}.
 */
@ApplicationScoped
public class Owners {

    private final PersonDirectory people;

    Owners(PersonDirectory people) {
        this.people = people;
    }

    /** The owners {@code filter} selects; an id nobody has is a 400 naming {@code person}. */
    public Predicate<Long> select(PersonFilter filter) {
        PersonFilter checked = filter == null ? PersonFilter.everyone()
                : filter.requireKnown(id -> people.nameOf(id).isPresent(), "person");
        return checked.owners(checked.kind() == PersonFilter.Kind.ME ? people.callerPerson() : Optional.empty());
    }

    /** The owner's name, null for a shared item (or an owner that no longer exists). */
    public String nameOf(Long personId) {
        return personId == null ? null : people.nameOf(personId).orElse(null);
    }
}
