package org.kiloguardian.gateway.people;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.owner.PersonDirectory;

/** What habits and meds may know of people: a name for an id, and the caller's person for {@code ?person=me}. */
@ApplicationScoped
public class OwnerDirectory implements PersonDirectory {

    private final PersonService people;
    private final CallerPerson caller;

    OwnerDirectory(PersonService people, CallerPerson caller) {
        this.people = people;
        this.caller = caller;
    }

    @Override
    public Optional<String> nameOf(long personId) {
        return people.find(personId).map(PersonView::name);
    }

    @Override
    public Optional<Long> callerPerson() {
        return caller.get();
    }
}
