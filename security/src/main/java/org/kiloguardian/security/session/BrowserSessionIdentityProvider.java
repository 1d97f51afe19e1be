package org.kiloguardian.security.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.security.user.HouseholdUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.config.SecurityConfig;
import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.recent.RecentChecks;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Decides whether a browser session still holds, on every request: its user exists, nothing has
 * ended that user's sessions since the login (the generation), and the login is younger than the
 * maximum age. The user's role and session generation come from the database, or from a check of
 * the last minute when nothing changed since ({@link RecentChecks}: a logout, a password or role change
 * forgets it at once), which needs neither the database nor a worker thread.
 */
@ApplicationScoped
public class BrowserSessionIdentityProvider implements IdentityProvider<BrowserSessionRequest> {

    private final Clock clock;
    private final Duration maxAge;
    private final RecentChecks recent;

    BrowserSessionIdentityProvider(Clock clock, SecurityConfig config, RecentChecks recent) {
        this.clock = clock;
        this.maxAge = config.session().maxAge();
        this.recent = recent;
    }

    /** What a session needs to know of its user. */
    private record SessionUser(String username, Role role, int generation) {
    }

    /** The key of a checked user: usernames are unique ignoring case. */
    private record CheckedUser(String lowerCaseUsername) {
    }

    @Override
    public Class<BrowserSessionRequest> getRequestType() {
        return BrowserSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BrowserSessionRequest request, AuthenticationRequestContext context) {
        SessionClaim claim = request.claim();
        Instant endsAt = claim.loggedInAt().plus(maxAge);
        if (!Instant.now(clock).isBefore(endsAt)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The session is older than its maximum age"));
        }
        CheckedUser key = new CheckedUser(claim.username().toLowerCase(Locale.ROOT));
        var known = recent.recent(key, SessionUser.class);
        if (known.isPresent()) {
            return Uni.createFrom().item(() -> identityOf(known.get(), claim, endsAt));
        }
        // the database is blocking: never on the event loop
        return context.runBlocking(() -> identityOf(recent.get(key, SessionUser.class, () -> load(claim.username())), claim, endsAt));
    }

    @Transactional
    SessionUser load(String username) {
        HouseholdUser user = HouseholdUser.findByUsername(username)
                .orElseThrow(() -> new AuthenticationFailedException("The session's user no longer exists"));
        return new SessionUser(user.username, user.role, user.sessionGeneration);
    }

    private static SecurityIdentity identityOf(SessionUser user, SessionClaim claim, Instant endsAt) {
        if (user.generation() != claim.generation()) {
            throw new AuthenticationFailedException("The session was ended");
        }
        return HouseholdIdentity.ofSession(user.username(), user.role(), endsAt);
    }
}
