package org.kiloguardian.security.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.security.user.HouseholdUser;
import org.kiloguardian.security.config.SecurityConfig;
import org.kiloguardian.security.login.HouseholdIdentity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Decides whether a browser session still holds, on every request: its user exists, nothing has
 * ended that user's sessions since the login (the generation), and the login is younger than the
 * maximum age. It reloads the user's role each time, so a change takes effect at once.
 */
@ApplicationScoped
public class BrowserSessionIdentityProvider implements IdentityProvider<BrowserSessionRequest> {

    private final Clock clock;
    private final Duration maxAge;

    BrowserSessionIdentityProvider(Clock clock, SecurityConfig config) {
        this.clock = clock;
        this.maxAge = config.session().maxAge();
    }

    @Override
    public Class<BrowserSessionRequest> getRequestType() {
        return BrowserSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BrowserSessionRequest request, AuthenticationRequestContext context) {
        // the database is blocking: never on the event loop
        return context.runBlocking(() -> identityOf(request.claim()));
    }

    @Transactional
    SecurityIdentity identityOf(SessionClaim claim) {
        Instant endsAt = claim.loggedInAt().plus(maxAge);
        if (!Instant.now(clock).isBefore(endsAt)) {
            throw new AuthenticationFailedException("The session is older than its maximum age");
        }
        HouseholdUser user = HouseholdUser.findByUsername(claim.username())
                .orElseThrow(() -> new AuthenticationFailedException("The session's user no longer exists"));
        if (user.sessionGeneration != claim.generation()) {
            throw new AuthenticationFailedException("The session was ended");
        }
        return HouseholdIdentity.ofSession(user.username, user.role, endsAt);
    }
}
