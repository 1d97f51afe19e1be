package org.kiloguardian.security.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.login.HouseholdIdentity;
import org.kiloguardian.security.web.CsrfGuard;
import org.kiloguardian.security.web.RemoteAddress;
import org.kiloguardian.security.audit.Actor;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /logout}: ends every browser session of the user (not only this browser's, so a copied or
 * forgotten cookie dies with it), records it, and returns to the login page.
 */
@ApplicationScoped
public class LogoutRoute {

    private final UserService accounts;
    private final BrowserSessions sessions;

    LogoutRoute(UserService accounts, BrowserSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void install(@Observes Router router) {
        router.route("/logout").blockingHandler(this::logout, false);
    }

    private void logout(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && isSession(user.getSecurityIdentity()) && !isCrossSite(context)) {
            String username = user.getSecurityIdentity().getPrincipal().getName();
            accounts.endSessions(username, new Actor(username, RemoteAddress.of(context)));
        }
        sessions.forget(context);
        context.response().addCookie(Cookie.cookie(CsrfGuard.COOKIE, "").setPath("/").setMaxAge(0));
        context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/login").end();
    }

    private static boolean isSession(SecurityIdentity identity) {
        return !identity.isAnonymous() && HouseholdIdentity.tokenId(identity).isEmpty();
    }

    /** A link on another site must not end the household's sessions on every device (browsers say where a navigation came from). */
    private static boolean isCrossSite(RoutingContext context) {
        return "cross-site".equals(context.request().getHeader("Sec-Fetch-Site"));
    }
}
