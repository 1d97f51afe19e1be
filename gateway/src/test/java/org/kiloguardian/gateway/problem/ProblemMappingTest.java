package org.kiloguardian.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class ProblemMappingTest {

    private static final String ORDERS = "/api/test-fixtures/problems/orders";

    @Test
    void everyInvalidFieldIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"quantity\":0,\"lines\":[{\"label\":\"tea\",\"amount\":-1}]}")
                .when().post(ORDERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("instance", equalTo(ORDERS))
                .body("errors.field", hasItems("name", "quantity", "lines[0].amount"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"tea\",\"quantity\":1,\"lines\":[{\"label\":\"tea\",\"amount\":\"lots\"}]}")
                .when().post(ORDERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[0].amount"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"tea\",")
                .when().post(ORDERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aMissingBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post(ORDERS)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownEntityIsNotFound() {
        given().when().get("/api/test-fixtures/problems/missing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Order 42 does not exist"));
    }

    @Test
    void aConcurrentChangeIsAConflict() {
        given().when().get("/api/test-fixtures/problems/conflict")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void anUnexpectedErrorRevealsNothingInternal() {
        given().when().get("/api/test-fixtures/problems/crash")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", startsWith("Something went wrong on the server. Reference: "))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }

    @Test
    void aCheckWhoseLookupMeetsADatabaseThatIsDownIsAServiceUnavailableProblemToo() {
        // Bean Validation reports a validator that threw as a plain ValidationException, which Quarkus
        // answered itself: a 500 whose body was no problem ({"details":"Error id ...","stack":""})
        given().contentType(ContentType.JSON).body("{\"account\": \"7\"}")
                .when().post("/api/test-fixtures/problems/lookups")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/test-fixtures/problems/lookups"))
                .body(not(containsString("127.0.0.1")));
    }

    @Test
    void anUnreachableDatabaseIsAServiceUnavailableToRetry() {
        given().when().get("/api/test-fixtures/problems/database-down")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("title", equalTo("Service Unavailable"))
                .body("detail", containsString("database is unavailable"))
                .body(not(containsString("Reference")))
                .body(not(containsString("127.0.0.1")));
    }

    @Test
    void aBrowserLoadingAPageWhileTheDatabaseIsDownGetsAPageThatRetries() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/test-fixtures/problems/database-down")
                .then().statusCode(503)
                .contentType("text/html")
                .header("Retry-After", "5")
                .body(containsString("The database is unavailable"))
                .body(containsString("<meta http-equiv=\"refresh\" content=\"5\">"));
    }

    @Test
    void aFormPostedWhileTheDatabaseIsDownRetriesTheStartPageNotThePost() {
        given().accept("text/html,*/*;q=0.8").contentType(ContentType.JSON).body("{}")
                .when().post("/api/test-fixtures/problems/database-down")
                .then().statusCode(503)
                .contentType("text/html")
                .body(containsString("<meta http-equiv=\"refresh\" content=\"5; url=/\">"));
    }
}
