package org.kiloguardian.gateway.people;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;
import org.kiloguardian.security.user.UserCreated;
import org.kiloguardian.security.user.UserRemoved;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.UserView;
import org.kiloguardian.security.audit.LoggedText;

import io.quarkus.runtime.StartupEvent;

/**
 * Every login has its own person: made with the login (same transaction, so there is never one
 * without the other), made at start-up for logins older than people, and kept when the login is
 * removed (only unlinked). Security and people never know each other; this is where they meet.
 */
@ApplicationScoped
public class LoginPeople {

    private static final Logger LOG = Logger.getLogger(LoginPeople.class);

    private final PersonService people;
    private final UserService accounts;
    private final boolean databaseActive;

    LoginPeople(PersonService people, UserService accounts,
            // a quarkus.* key, owned by the Hibernate ORM extension: no mapping of ours can hold it
            @ConfigProperty(name = "quarkus.hibernate-orm.active", defaultValue = "true") boolean databaseActive) {
        this.people = people;
        this.accounts = accounts;
        this.databaseActive = databaseActive;
    }

    /** In the creating transaction: the login and its person are created together or not at all. */
    void accountCreated(@Observes UserCreated created) {
        people.ensureForLogin(created.userId(), created.displayName());
    }

    void accountRemoved(@Observes UserRemoved removed) {
        people.loginRemoved(removed.userId());
    }

    /** Logins that existed before people did (or whose person was unlinked) get theirs now. */
    @Transactional
    void everyLoginHasAPerson(@Observes StartupEvent start) {
        if (!databaseActive) {
            return; // like the first admin's bootstrap: a run without a database has no logins
        }
        for (UserView account : accounts.list()) {
            if (people.forLogin(account.id()).isEmpty()) {
                PersonView person = people.ensureForLogin(account.id(), account.displayName());
                LOG.infof("The login %s is now %s's (person %d)", LoggedText.of(account.username()), LoggedText.of(person.name()),
                        person.id());
            }
        }
    }

    /** The person of the login with this username (the principal of a request or a socket). */
    @Transactional
    public Optional<PersonView> personOf(String username) {
        return accounts.findByUsername(username).flatMap(account -> people.forLogin(account.id()));
    }
}
