package org.kiloguardian.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.http.RawHttp;
import org.kiloguardian.gateway.routing.RestEndpoint;
import org.kiloguardian.gateway.routing.RestRouteTable;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The attack review sent {@code POST /%61pi/habits} with a session cookie and no CSRF token, and
 * the habit was created. Every spelling of an /api path that routing accepts must meet the check.
 */
@QuarkusTest
class CsrfPathVariantsTest {

    static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @TestHTTPResource("/")
    URI base;

    @Inject
    RestRouteTable routes;

    @Inject
    HouseholdUsers users;

    @Test
    void anEncodedApiPathCreatesNothingWithoutTheToken() {
        BrowserLogin browser = BrowserLogin.of(users.create("csrf", Role.ADMIN), HouseholdUsers.PASSWORD);

        RawHttp.Answer reply = RawHttp.send(base, "POST", "/%61pi/habits", sessionOnly(browser, "application/json"),
                "{\"name\":\"planted by another site\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("content-type")).isEqualTo("application/problem+json");
        List<String> names = browser.cookieOnly().get("/api/habits").then().statusCode(200).extract().path("name");
        assertThat(names).doesNotContain("planted by another site");
    }

    static List<String> variants(String path) {
        String rest = path.substring("/api".length());
        return List.of(
                "/%61pi" + rest,
                "/%61%70%69" + rest,
                "//api" + rest,
                "/api/." + rest,
                "/api/x/.." + rest,
                "/./api" + rest,
                "/api" + rest.replace("/", "//"));
    }

    @Test
    void everyUnsafeApiRouteRefusesEverySpellingOfItsPathWithoutTheToken() {
        BrowserLogin browser = BrowserLogin.of(users.create("csrfall", Role.ADMIN), HouseholdUsers.PASSWORD);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (RestEndpoint endpoint : routes.endpoints()) {
            if (!UNSAFE.contains(endpoint.method()) || !endpoint.template().startsWith("/api/")) {
                continue;
            }
            String path = endpoint.template().replaceAll("\\{[^}]+}", "1");
            for (String target : variants(path)) {
                RawHttp.Answer reply = RawHttp.send(base, endpoint.method(), target, sessionOnly(browser, "application/json"), "{}");
                tried++;
                if (!refused(reply)) {
                    failures.add(endpoint.method() + " " + target + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(tried).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    /** Refused by the CSRF check (403), or not an endpoint at all: never answered by a resource. */
    private static boolean refused(RawHttp.Answer reply) {
        return reply.status() == 403 && reply.body().contains("X-CSRF-Token")
                || reply.status() == 404 && reply.body().contains("Nothing is served at");
    }

    private static Map<String, String> sessionOnly(BrowserLogin browser, String contentType) {
        return Map.of("Cookie", BrowserLogin.SESSION_COOKIE + "=" + browser.session(), "Content-Type", contentType);
    }

    @Test
    void theSameCallWithTheTokenStillWorks() {
        BrowserLogin browser = BrowserLogin.of(users.create("csrfok", Role.MEMBER), HouseholdUsers.PASSWORD);
        RawHttp.Answer reply = RawHttp.send(base, "POST", "/%61pi/habits",
                Map.of("Cookie", BrowserLogin.SESSION_COOKIE + "=" + browser.session() + "; " + BrowserLogin.CSRF_COOKIE + "=" + browser.csrf(),
                        "X-CSRF-Token", browser.csrf(), "Content-Type", "application/json"),
                "{\"name\":\"from the dashboard\"}");
        assertThat(reply.status()).isEqualTo(201);
    }
}
