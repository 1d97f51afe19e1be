package org.kiloguardian.ui.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.security.account.AccountService;
import org.kiloguardian.security.account.AccountView;
import org.kiloguardian.ui.shell.CurrentUser;

/** The people as the pages need them: by id for chips, the active ones for pickers, the viewer's own. */
@ApplicationScoped
public class HouseholdPeople {

    private final PersonService people;
    private final AccountService accounts;

    HouseholdPeople(PersonService people, AccountService accounts) {
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

    /** The logged-in user as the people module sees an editor. */
    public Editor editor(CurrentUser user) {
        return new Editor(accounts.findByUsername(user.username()).map(AccountView::id).orElse(null), user.admin());
    }
}
