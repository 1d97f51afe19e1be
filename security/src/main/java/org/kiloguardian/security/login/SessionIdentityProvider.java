package org.kiloguardian.security.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.security.account.HouseholdUser;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * The login form's session cookie names a user the server already authenticated; this loads that
 * user's current role on every request, so a deleted user or a changed role takes effect at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(request.getPrincipal()));
    }

    @Transactional
    SecurityIdentity identityOf(String username) {
        return HouseholdUser.findByUsername(username)
                .map(user -> HouseholdIdentity.of(user.username, user.role))
                .orElseThrow(() -> new AuthenticationFailedException("The session's user no longer exists"));
    }
}
