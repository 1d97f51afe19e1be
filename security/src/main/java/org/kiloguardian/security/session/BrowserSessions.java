package org.kiloguardian.security.session;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.security.user.HouseholdUser;

import io.vertx.ext.web.RoutingContext;

/** Opens a browser session after a successful login: the cookie that carries it from then on. */
@ApplicationScoped
public class BrowserSessions {

    private final SessionCookie cookie;
    private final Clock clock;

    BrowserSessions(SessionCookie cookie, Clock clock) {
        this.cookie = cookie;
        this.clock = clock;
    }

    void open(RoutingContext context, String username) {
        cookie.write(context, new SessionClaim(username, generationOf(username), Instant.now(clock)));
    }

    void forget(RoutingContext context) {
        cookie.clear(context);
    }

    @Transactional
    int generationOf(String username) {
        return HouseholdUser.findByUsername(username).orElseThrow().sessionGeneration;
    }
}
