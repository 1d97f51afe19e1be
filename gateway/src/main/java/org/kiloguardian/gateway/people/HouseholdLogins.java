package org.kiloguardian.gateway.people;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.people.login.Logins;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.Role;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/** The people module's view of the logins, answered by module security. */
@ApplicationScoped
public class HouseholdLogins implements Logins {

    private final UserService accounts;
    private final CurrentIdentityAssociation identities;

    HouseholdLogins(UserService accounts, CurrentIdentityAssociation identities) {
        this.accounts = accounts;
        this.identities = identities;
    }

    /** A look at the household's few users rather than a lookup that throws (and would mark the caller's transaction for rollback). */
    @Override
    public boolean exists(long userId) {
        return accounts.list().stream().anyMatch(account -> account.id() == userId);
    }

    @Override
    public Optional<Long> caller() {
        return callerName().flatMap(accounts::findByUsername).map(account -> account.id());
    }

    @Override
    public boolean callerIsAdmin() {
        SecurityIdentity identity = identities.getIdentity();
        return identity != null && !identity.isAnonymous() && identity.hasRole(Role.ADMIN_NAME);
    }

    /** The principal of the current request; empty outside one (a job, an event after commit). */
    Optional<String> callerName() {
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? Optional.empty() : Optional.of(identity.getPrincipal().getName());
    }
}
