package org.kiloguardian.security.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.security.login.PasswordLogin;
import org.kiloguardian.security.login.TooManyAttempts;
import org.kiloguardian.security.web.ProblemResponses;
import org.kiloguardian.security.web.RemoteAddress;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * {@code POST /j_security_check}: the login page's form (a plain HTML form post, so it works before
 * any script runs). The right password opens a session and goes to the dashboard; a wrong one goes
 * back to {@code /login?error}; an attempt made while throttled answers 429 with Retry-After.
 */
@ApplicationScoped
public class LoginRoute {

    public static final String PATH = "/j_security_check";
    private static final int MAX_FORM_BYTES = 8 * 1024;

    private final PasswordLogin login;
    private final BrowserSessions sessions;

    LoginRoute(PasswordLogin login, BrowserSessions sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    void install(@Observes Router router) {
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(MAX_FORM_BYTES));
        // unordered: logins from different browsers must not queue behind each other's bcrypt
        router.post(PATH).blockingHandler(this::login, false);
    }

    private void login(RoutingContext context) {
        String username = context.request().getFormAttribute("username");
        String password = context.request().getFormAttribute("password");
        if (username == null || username.isBlank() || password == null) {
            redirect(context, "/login?error");
            return;
        }
        try {
            SecurityIdentity identity = login.authenticate(username.strip(), password, RemoteAddress.of(context));
            sessions.open(context, identity.getPrincipal().getName());
            redirect(context, "/");
        } catch (TooManyAttempts throttled) {
            tooManyAttempts(context, throttled);
        } catch (AuthenticationFailedException wrong) {
            redirect(context, "/login?error");
        }
    }

    private static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, location).end();
    }

    private static void tooManyAttempts(RoutingContext context, TooManyAttempts throttled) {
        long seconds = throttled.retryAfterSeconds();
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            // the login form posts natively: the browser shows this page, then returns to the form
            context.response().setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end("""
                            <!doctype html><html lang="en"><head><meta charset="utf-8">
                            <meta name="viewport" content="width=device-width, initial-scale=1">
                            <meta http-equiv="refresh" content="%d;url=/login">
                            <title>Too many attempts · Kilo Guardian</title></head>
                            <body style="font-family:sans-serif;max-width:30em;margin:4em auto;padding:0 1em">
                            <h1>Too many attempts</h1>
                            <p>Several wrong passwords were tried for this account. Try again in %d seconds.</p>
                            <p><a href="/login">Back to the login page</a></p></body></html>
                            """.formatted(seconds, seconds));
            return;
        }
        ProblemResponses.refuse(context, 429, "Too Many Requests", throttled.getMessage());
    }
}
