package org.kiloguardian.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kiloguardian.security.audit.AuditAction;
import org.kiloguardian.security.audit.AuditLog;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** {@code /logout}: forgets the browser's session cookie, records it, and returns to the login page. */
@ApplicationScoped
public class LogoutRoute {

    private final String sessionCookie;
    private final AuditLog audit;
    private final Event<UserLoggedOut> loggedOut;

    LogoutRoute(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie,
            AuditLog audit, Event<UserLoggedOut> loggedOut) {
        this.sessionCookie = sessionCookie;
        this.audit = audit;
        this.loggedOut = loggedOut;
    }

    void install(@Observes Router router) {
        router.route("/logout").blockingHandler(this::logout);
    }

    private void logout(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            String username = user.getSecurityIdentity().getPrincipal().getName();
            audit.record(username, AuditAction.LOGOUT, username, RemoteAddress.of(context), null);
            loggedOut.fire(new UserLoggedOut(username));
        }
        context.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0));
        context.response().addCookie(Cookie.cookie(CsrfGuard.COOKIE, "").setPath("/").setMaxAge(0));
        context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/login").end();
    }
}
