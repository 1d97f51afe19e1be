package org.kiloguardian.gateway.people;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.person.PersonView;

/** The person of whoever makes the current request: what {@code ?person=me} means. */
@ApplicationScoped
public class CallerPerson {

    private final HouseholdLogins logins;
    private final LoginPeople loginPeople;

    CallerPerson(HouseholdLogins logins, LoginPeople loginPeople) {
        this.logins = logins;
        this.loginPeople = loginPeople;
    }

    public Optional<Long> get() {
        return logins.callerName().flatMap(loginPeople::personOf).map(PersonView::id);
    }
}
