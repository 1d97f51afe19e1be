package org.kiloguardian.people.person;

import java.util.Set;

/**
 * Whose screens a person's reminders go to: the sockets of {@code personIds} (the person and the
 * people of their caregivers' logins), or, when nobody there could see them (no login of their
 * own and no caregiver), the whole household.
 */
public record ReminderAudience(Set<Long> personIds, boolean household) {

    public static final ReminderAudience HOUSEHOLD = new ReminderAudience(Set.of(), true);
}
