package org.kiloguardian.gateway.notifications;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.gateway.people.HouseholdLogins;
import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.notifications.household.Household;
import org.kiloguardian.notifications.household.Recipient;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.people.person.ReminderAudience;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.security.user.Role;

/**
 * The notifications module's view of the household, answered by people and security: who gets a
 * person's reminders (the same audience as their screens, docs/people.md), who is an admin, and who
 * is calling.
 */
@ApplicationScoped
public class HouseholdRecipients implements Household {

    private final PersonService people;
    private final UserService accounts;
    private final HouseholdLogins logins;

    HouseholdRecipients(PersonService people, UserService accounts, HouseholdLogins logins) {
        this.people = people;
        this.accounts = accounts;
        this.logins = logins;
    }

    @Override
    public List<Recipient> remindersOf(Long personId) {
        if (personId == null) {
            return everyone();
        }
        ReminderAudience audience = people.remindersOf(personId);
        if (audience.household()) {
            return everyone();
        }
        Set<Long> admins = admins();
        return audience.personIds().stream().sorted().map(people::find).flatMap(Optional::stream)
                .map(person -> recipient(person, admins)).toList();
    }

    @Override
    public List<Recipient> everyone() {
        Set<Long> admins = admins();
        return people.list(true).stream().map(person -> recipient(person, admins)).toList();
    }

    @Override
    public Optional<Caller> caller() {
        return logins.caller().map(userId -> new Caller(userId, people.forLogin(userId).map(PersonView::id).orElse(null),
                logins.callerIsAdmin()));
    }

    @Override
    public boolean looksAfter(long userId, long personId) {
        return people.find(personId)
                .map(person -> Long.valueOf(userId).equals(person.userId()) || person.caregiverUserIds().contains(userId))
                .orElse(false);
    }

    @Override
    public boolean personExists(long personId) {
        return people.find(personId).isPresent();
    }

    private Set<Long> admins() {
        return accounts.list().stream().filter(account -> account.role() == Role.ADMIN).map(UserView::id)
                .collect(Collectors.toSet());
    }

    private static Recipient recipient(PersonView person, Set<Long> admins) {
        return new Recipient(person.id(), person.name(), person.userId(), person.userId() != null && admins.contains(person.userId()));
    }
}
