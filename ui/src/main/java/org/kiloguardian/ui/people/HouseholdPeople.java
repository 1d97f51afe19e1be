package org.kiloguardian.ui.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.people.person.ReminderAudience;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.ui.live.Notice;
import org.kiloguardian.ui.shell.CurrentUser;

/** The people as the pages need them: by id for chips, the active ones for pickers, the viewer's own. */
@ApplicationScoped
public class HouseholdPeople {

    private final PersonService people;
    private final UserService accounts;

    HouseholdPeople(PersonService people, UserService accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    /** Everyone, deactivated people too (their old items still name them), by id. */
    public Map<Long, PersonView> byId() {
        return people.list(null).stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    /** Who may be chosen: the active people, by name. */
    public List<PersonView> active() {
        return people.list(true);
    }

    /** The person of the logged-in user, the default owner of what they add. */
    public Optional<PersonView> own(CurrentUser user) {
        return accounts.findByUsername(user.username()).flatMap(account -> people.forLogin(account.id()));
    }

    /**
     * Which notices the logged-in user sees: everyone's, and those about a person whose reminders
     * reach this user's person (their own, or someone they look after), as Socket.IO rooms do.
     * Reads the database; the answer for each person is asked once per call.
     */
    public Predicate<Notice> noticesFor(CurrentUser user) {
        Long own = own(user).map(PersonView::id).orElse(null);
        Map<Long, ReminderAudience> audiences = new HashMap<>();
        return notice -> {
            if (notice.personId() == null) {
                return true;
            }
            ReminderAudience audience = audiences.computeIfAbsent(notice.personId(), people::remindersOf);
            return audience.household() || own != null && audience.personIds().contains(own);
        };
    }

    /** The logged-in user as the people module sees an editor. */
    public Editor editor(CurrentUser user) {
        return new Editor(accounts.findByUsername(user.username()).map(UserView::id).orElse(null), user.admin());
    }
}
