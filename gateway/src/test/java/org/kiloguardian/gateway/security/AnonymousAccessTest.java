package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.routing.RestEndpoint;
import org.kiloguardian.gateway.routing.RestRouteTable;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every API route is closed to anonymous callers. The routes come from the application itself, so
 * an endpoint added tomorrow is checked without anyone remembering to list it.
 */
@QuarkusTest
class AnonymousAccessTest {

    @Inject
    RestRouteTable routes;

    /**
     * The one route a caller reaches without a login: a notification's Taken / Snooze, posted by a
     * service worker or the ntfy app with no cookie. Its single-use token is the credential, so
     * without a valid one there is nothing to do there (docs/notifications.md).
     */
    static final String TOKEN_IS_THE_CREDENTIAL = "/api/notifications/actions/{token}/{action}";

    @Test
    void everyApiRouteRejectsAnAnonymousRequestWith401() {
        assertFalse(routes.endpoints().isEmpty());
        for (RestEndpoint endpoint : routes.endpoints()) {
            String path = endpoint.template().replaceAll("\\{[^}]+}", "1");
            if (endpoint.template().equals(TOKEN_IS_THE_CREDENTIAL)) {
                Response refused = given().when().request(endpoint.method(), path);
                assertEquals(404, refused.statusCode(), "an unknown action token: " + refused.asString());
                assertEquals("application/problem+json", refused.contentType());
                continue;
            }
            Response response = given().when().request(endpoint.method(), path);
            assertEquals(401, response.statusCode(), endpoint.method() + " " + path);
            assertEquals("Bearer realm=\"kilo-guardian\"", response.header("WWW-Authenticate"),
                    "an API 401 must not invite a browser password dialog: " + endpoint);
        }
    }

    @Test
    void unknownApiPathsAndTheApiDescriptionNeedALoginToo() {
        for (String path : List.of("/api/nope", "/api", "/q/openapi", "/q/swagger-ui/")) {
            assertEquals(401, given().when().get(path).statusCode(), path);
        }
    }

    @Test
    void healthProbesAndTheLoginPageStayOpen() {
        assertEquals(200, given().when().get("/q/health/live").statusCode());
        assertEquals(200, given().when().get("/q/health/ready").statusCode());
        assertEquals(200, given().when().get("/login").statusCode());
    }

    @Test
    void securityHeadersAreSentWithEveryPage() {
        Response page = given().when().get("/login");
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("same-origin", page.header("Referrer-Policy"));
        String csp = page.header("Content-Security-Policy");
        assertFalse(csp == null || !csp.contains("frame-ancestors 'none'"), "CSP: " + csp);
    }
}
