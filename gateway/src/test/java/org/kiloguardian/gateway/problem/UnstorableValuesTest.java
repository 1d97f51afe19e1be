package org.kiloguardian.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Values of the right JSON type that PostgreSQL cannot store, sent the way a client (or a careless
 * script) sends them, over HTTP with a member's token: text with U+0000 and dates like
 * "+999999999-12-31". Each was a 500 (the insert failed; a category lookup even failed without a
 * problem body) and is a 400 that names the field, with nothing written.
 */
@QuarkusTest
class UnstorableValuesTest {

    private static final String NUL = "x\u0000y";
    private static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";
    private static final String DATE_MESSAGE = "must be a date from 0001-01-01 to 9999-12-31";

    @Inject
    HouseholdUsers users;

    private String token;
    private long account;

    @BeforeEach
    void logIn() {
        token = HouseholdUsers.tokenFor(users.create("careless", Role.MEMBER));
        account = api().body(Map.of("name", "Till " + UUID.randomUUID(), "kind", "cash", "openingBalance", "0"))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void textWithANulCharacterIsA400NamingTheFieldWherePostgresqlWouldHaveFailed() {
        refused(api().body(Map.of("name", NUL)).post("/api/habits"), "name", NUL_MESSAGE);
        // half a surrogate pair: the driver stored the habit as "?" without a word
        refused(api().body("{\"name\": \"Walk \\ud800\"}").post("/api/habits"), "name",
                "must be valid Unicode text (it holds half of a surrogate pair)");
        refused(api().body(Map.of("name", "Vitamin D", "notes", NUL)).post("/api/meds"), "notes", NUL_MESSAGE);
        refused(api().body(Map.of("name", NUL)).post("/api/people"), "name", NUL_MESSAGE);
        refused(api().body(transaction(Map.of("description", NUL))).post("/api/financial/transactions"), "description", NUL_MESSAGE);
        refused(api().body(transaction(Map.of("tags", List.of("ok", NUL)))).post("/api/financial/transactions"), "tags[1]",
                NUL_MESSAGE);
        // the category is looked up while the request is validated: that lookup failed without a problem body
        refused(api().body(transaction(Map.of("category", NUL))).post("/api/financial/transactions"), "category", NUL_MESSAGE);

        long habit = api().body(Map.of("name", "Stretch " + UUID.randomUUID())).post("/api/habits").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        refused(api().contentType("application/merge-patch+json").body(Map.of("description", NUL)).patch("/api/habits/" + habit),
                "description", NUL_MESSAGE + ".");

        assertThat(api().queryParam("accountId", account).get("/api/financial/transactions").then().statusCode(200)
                .extract().jsonPath().getList("items")).as("nothing written").isEmpty();
    }

    @Test
    void aDateNoRecordCanHoldIsA400NamingTheField() {
        for (String far : List.of("+999999999-12-31", "-999999999-01-01", "0000-12-31")) {
            refused(api().body(transaction(Map.of("date", far))).post("/api/financial/transactions"), "date", DATE_MESSAGE);
            refused(api().body(Map.of("from", far)).post("/api/financial/rules/apply"), "from", DATE_MESSAGE);
            refused(api().body(Map.of("name", "Boat", "targetAmount", "100", "deadline", far)).post("/api/financial/goals"),
                    "deadline", DATE_MESSAGE);
            refused(api().queryParam("from", far).get("/api/financial/transactions"), "from", null);
            refused(api().queryParam("from", far).get("/api/financial/transactions/export"), "from", null);
        }
        assertThat(api().queryParam("accountId", account).get("/api/financial/transactions").then().statusCode(200)
                .extract().jsonPath().getList("items")).as("nothing written").isEmpty();

        // the first and the last day of the range are ordinary dates
        api().body(transaction(Map.of("date", "0001-01-01"))).post("/api/financial/transactions").then().statusCode(201);
        api().body(transaction(Map.of("date", "9999-12-31"))).post("/api/financial/transactions").then().statusCode(201);
    }

    private Map<String, Object> transaction(Map<String, Object> with) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("accountId", account, "date", "2026-11-02", "amount", "-3.20"));
        body.putAll(with);
        return body;
    }

    private static void refused(io.restassured.response.Response response, String field, String message) {
        ValidatableResponse answer = response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo(field));
        if (message != null) {
            answer.body("errors[0].message", equalTo(message));
        }
    }

    private RequestSpecification api() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
