package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(routes.endpoints()).isNotEmpty();
        for (RestEndpoint endpoint : routes.endpoints()) {
            String path = endpoint.template().replaceAll("\\{[^}]+}", "1");
            if (endpoint.template().equals(TOKEN_IS_THE_CREDENTIAL)) {
                Response refused = given().when().request(endpoint.method(), path);
                assertThat(refused.statusCode()).as("an unknown action token: " + refused.asString()).isEqualTo(404);
                assertThat(refused.contentType()).isEqualTo("application/problem+json");
                continue;
            }
            Response response = given().when().request(endpoint.method(), path);
            assertThat(response.statusCode()).as(endpoint.method() + " " + path).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate"))
                    .as("an API 401 must not invite a browser password dialog: " + endpoint).isEqualTo("Bearer realm=\"kilo-guardian\"");
        }
    }

    @Test
    void unknownApiPathsAndTheApiDescriptionNeedALoginToo() {
        for (String path : List.of("/api/nope", "/api", "/q/openapi", "/q/swagger-ui/")) {
            assertThat(given().when().get(path).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void healthProbesAndTheLoginPageStayOpen() {
        assertThat(given().when().get("/q/health/live").statusCode()).isEqualTo(200);
        assertThat(given().when().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(given().when().get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void securityHeadersAreSentWithEveryPage() {
        Response page = given().when().get("/login");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).as("CSP: " + csp).contains("frame-ancestors 'none'");
    }
}
