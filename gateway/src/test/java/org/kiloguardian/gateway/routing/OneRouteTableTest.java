package org.kiloguardian.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The old gateway's worst failures were routes shadowing each other. Here the UI is the catch-all,
 * so the proof is: nothing under /api, /q or /socket.io ever reaches it.
 */
@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class OneRouteTableTest {

    /** Every page Vaadin serves carries its bootstrap script. */
    static final String VAADIN_MARKER = "window.Vaadin";

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Inject
    RestRouteTable routes;

    @Test
    void theUiAnswersTheRootWithItsBootstrapPage() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString(VAADIN_MARKER));
    }

    static Stream<String> unknownReservedPaths() {
        return ReservedPathFallback.RESERVED_PREFIXES.stream().flatMap(prefix -> Stream.of(
                prefix + "/nope",
                prefix + "/nope/deeper/still",
                prefix + "/index.html",
                prefix + "/VAADIN/static"));
    }

    @ParameterizedTest
    @MethodSource("unknownReservedPaths")
    void anUnknownReservedPathIsAJsonNotFoundForEveryMethod(String path) {
        for (String method : METHODS) {
            Response response = given().when().request(method, path);
            assertNotFromUi(method, path, response);
            assertThat(response.statusCode()).as(method + " " + path).isEqualTo(404);
            assertThat(response.contentType()).as(method + " " + path).isEqualTo("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
        }
    }

    @Test
    void theBareApiPrefixIsNotTheUi() {
        for (String path : List.of("/api", "/api/", "/q", "/q/")) {
            Response response = given().when().get(path);
            assertNotFromUi("GET", path, response);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void noRestEndpointIsAnsweredByTheUiWhateverTheMethod() {
        assertThat(routes.endpoints()).as("the route table must be read from the application").isNotEmpty();
        for (RestEndpoint endpoint : routes.endpoints()) {
            String concrete = endpoint.template().replaceAll("\\{[^}]+}", "1");
            for (String method : METHODS) {
                assertNotFromUi(method, concrete, given().when().request(method, concrete));
            }
        }
    }

    @Test
    void everyRestEndpointLivesUnderApi() {
        for (RestEndpoint endpoint : routes.endpoints()) {
            assertThat(endpoint.template().startsWith("/api/")).as(endpoint + " is outside /api").isTrue();
        }
    }

    @Test
    void collectionsAreNamedInThePluralOnly() {
        // the old dashboard called /financial/transaction while the API served /financial/transactions
        Set<String> segments = routes.endpoints().stream()
                .flatMap(endpoint -> Arrays.stream(endpoint.template().split("/")))
                .filter(segment -> !segment.isEmpty() && !segment.startsWith("{"))
                .collect(Collectors.toCollection(HashSet::new));
        for (String segment : segments) {
            assertThat(segments)
                    .as("both /" + segment + " and /" + segment + "s are served: keep one, the plural").doesNotContain(segment + "s");
        }
    }

    @Test
    void aWrongMethodIs405WithTheAllowedMethods() {
        RestEndpoint get = routes.endpoints().stream()
                .filter(endpoint -> endpoint.method().equals("GET") && !endpoint.template().contains("{"))
                .findFirst().orElseThrow();
        Set<String> allowed = routes.allowedMethods(get.template());
        String wrong = METHODS.stream().filter(method -> !allowed.contains(method)).findFirst().orElseThrow();

        given().when().request(wrong, get.template())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .header("Allow", not(containsString(wrong)));
    }

    @Test
    void healthAndOpenApiLiveUnderQ() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(not(containsString(VAADIN_MARKER)));
    }

    static void assertNotFromUi(String method, String path, Response response) {
        String body = response.body().asString();
        assertThat(body).as(method + " " + path + " was answered by the UI").doesNotContain(VAADIN_MARKER);
        // an endpoint may serve HTML of its own (a test fixture page does); the UI's page never
        assertThat(String.valueOf(response.contentType()).startsWith("text/html") && body.contains("<vaadin-"))
                .as(method + " " + path + " answered the UI's HTML: " + response.statusCode()).isFalse();
    }
}
