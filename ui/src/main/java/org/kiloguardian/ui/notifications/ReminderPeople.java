package org.kiloguardian.ui.notifications;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.notifications.household.Caller;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.ui.people.HouseholdPeople;
import org.kiloguardian.ui.shell.CurrentUser;

/** The logged-in user as the notifications module sees a caller, and the people whose reminders they may set up. */
@ApplicationScoped
public class ReminderPeople {

    private final UserService accounts;
    private final HouseholdPeople people;

    ReminderPeople(UserService accounts, HouseholdPeople people) {
        this.accounts = accounts;
        this.people = people;
    }

    Optional<Caller> caller(CurrentUser user) {
        return accounts.findByUsername(user.username()).map(UserView::id)
                .map(userId -> new Caller(userId, people.own(user).map(PersonView::id).orElse(null), user.admin()));
    }

    /** Their own person first, then whom they look after; an admin everyone. */
    List<PersonView> manageable(Caller caller) {
        return people.active().stream()
                .filter(person -> caller.admin() || caller.userId() == (person.userId() == null ? -1 : person.userId())
                        || person.caregiverUserIds().contains(caller.userId()))
                .sorted((a, b) -> Boolean.compare(!isOwn(a, caller), !isOwn(b, caller)))
                .toList();
    }

    private static boolean isOwn(PersonView person, Caller caller) {
        return person.userId() != null && person.userId() == caller.userId();
    }
}
