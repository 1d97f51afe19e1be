package org.kiloguardian.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Bad input gets a clear 4xx, never a 500: every endpoint that takes a body is sent none at all, an
 * empty JSON object and JSON null, for an existing-looking id, by an admin with a token.
 */
@QuarkusTest
class EmptyBodiesTest {

    static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Inject
    RestRouteTable routes;

    @Inject
    HouseholdUsers users;

    @Test
    void noEndpointAnswersAnEmptyOrNullBodyWithAServerError() {
        String token = HouseholdUsers.tokenFor(users.create("emptybodies", Role.ADMIN));
        List<String> failures = new ArrayList<>();
        for (RestEndpoint endpoint : routes.endpoints()) {
            if (!WITH_BODY.contains(endpoint.method()) || !endpoint.template().startsWith("/api/")
                    || endpoint.template().startsWith("/api/test")) {
                continue;
            }
            String path = endpoint.template().replaceAll("\\{[^}]+}", "1");
            for (String body : new String[] {"", "null", "{}"}) {
                Response response = given().auth().oauth2(token).contentType("application/json").body(body)
                        .when().request(endpoint.method(), path);
                if (response.statusCode() >= 500) {
                    failures.add(endpoint.method() + " " + path + " with '" + body + "' -> " + response.statusCode() + " "
                            + response.asString());
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
