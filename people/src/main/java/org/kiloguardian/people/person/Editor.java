package org.kiloguardian.people.person;

/**
 * Who changes people: an admin changes everyone; a member only their own person's name, colour
 * and caregivers. {@code userId} is the editor's login, null for the application itself.
 */
public record Editor(Long userId, boolean admin) {

    /** The application itself (linking a new login, the demo household): may do what an admin may. */
    public static final Editor APPLICATION = new Editor(null, true);

    public boolean owns(Person person) {
        return userId != null && userId.equals(person.userId);
    }
}
