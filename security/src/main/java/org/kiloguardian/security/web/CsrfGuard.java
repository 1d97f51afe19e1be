package org.kiloguardian.security.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.kiloguardian.security.session.SessionCookie;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Double-submit protection for REST calls authenticated by the browser's session cookie: a
 * state-changing call must echo the {@code kilo-csrf} cookie in an {@code X-CSRF-Token} header,
 * which a page of another site cannot read. Calls with an Authorization header (API tokens) carry
 * no ambient credential and need no such proof.
 */
@ApplicationScoped
public class CsrfGuard {

    public static final String COOKIE = "kilo-csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters) {
        filters.register(this::check, 100);
    }

    private void check(RoutingContext context) {
        boolean session = context.request().getCookie(SessionCookie.NAME) != null
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        if (!session) {
            context.next();
            return;
        }
        Cookie csrf = context.request().getCookie(COOKIE);
        if (csrf == null) {
            issue(context);
        }
        // the path as routing and security see it: "/%61pi/x", "//api/x" and "/api/./x" are all "/api/x"
        if (isApi(context.normalizedPath()) && !SAFE.contains(context.request().method())
                && (csrf == null || !matches(csrf.getValue(), context.request().getHeader(HEADER)))) {
            ProblemResponses.refuse(context, 403, "Forbidden",
                    "A change made with the browser session must send the " + COOKIE + " cookie's value in the " + HEADER + " header.");
            return;
        }
        context.next();
    }

    private static boolean isApi(String normalizedPath) {
        return normalizedPath.equals("/api") || normalizedPath.startsWith("/api/");
    }

    private static void issue(RoutingContext context) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // readable by the page's own scripts, sent only to this site
        context.response().addCookie(Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .setPath("/").setSameSite(CookieSameSite.STRICT).setHttpOnly(false).setSecure(SessionCookie.isHttps(context)));
    }

    private static boolean matches(String expected, String offered) {
        return offered != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }
}
