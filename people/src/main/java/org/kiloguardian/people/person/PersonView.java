package org.kiloguardian.people.person;

import java.time.Instant;
import java.util.List;

/** A person as the API and the UI see them. */
public record PersonView(
        long id,
        String name,
        String color,
        Long userId,
        boolean active,
        List<Long> caregiverUserIds,
        Instant createdAt,
        Instant updatedAt) {

    static PersonView of(Person person) {
        return new PersonView(person.id, person.name, person.color, person.userId, person.active,
                List.copyOf(person.caregiverUserIds), person.createdAt, person.updatedAt);
    }
}
