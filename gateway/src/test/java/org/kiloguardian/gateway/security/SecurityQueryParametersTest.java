package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;

/** A query parameter that does not read is a 400 naming it: never a bare 404, never read as false. */
@QuarkusTest
class SecurityQueryParametersTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    HouseholdUsers users;

    @Test
    void tokensAllMustBeTrueOrFalse() {
        String member = HouseholdUsers.tokenFor(users.create("quinn", Role.MEMBER));
        given().auth().oauth2(member).when().get("/api/tokens?all=yes")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("all:"));
        given().auth().oauth2(member).when().get("/api/tokens?all=true").then().statusCode(403);
        given().auth().oauth2(member).when().get("/api/tokens?all=false").then().statusCode(200);
    }

    @Test
    void auditLimitIsAWholeNumberInRange() {
        String admin = HouseholdUsers.tokenFor(users.create("rosa", Role.ADMIN));
        for (String limit : new String[] { "abc", "0", "1001", "2.5" }) {
            given().auth().oauth2(admin).when().get("/api/audit?limit=" + limit)
                    .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("limit:"));
        }
        given().auth().oauth2(admin).when().get("/api/audit?limit=1")
                .then().statusCode(200).body("$", hasSize(lessThanOrEqualTo(1)));
        given().auth().oauth2(admin).when().get("/api/audit").then().statusCode(200);
    }
}
