package org.kiloguardian.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A body that gives one member twice, sent over HTTP with a member's token. JSON leaves its meaning
 * open (RFC 8259 §4: parsers take the first, the last, or refuse), so a proxy, a log reader or a
 * script can see one value while the server stores the other. Each was stored with the last value
 * without a word; each is a 400 naming the member, with nothing written.
 */
@QuarkusTest
class DuplicateMembersTest {

    private static final String MESSAGE = "is given more than once: give each member once";

    @Inject
    HouseholdUsers users;

    private String token;

    @BeforeEach
    void logIn() {
        token = HouseholdUsers.tokenFor(users.create("twice", Role.MEMBER));
    }

    @Test
    void aMemberGivenTwiceIsA400NamingItAndNothingIsWritten() {
        String name = "Walk " + UUID.randomUUID();
        refused(api().body("{\"name\": \"" + name + "\", \"name\": \"Run " + name + "\"}").post("/api/habits"), "name");
        refused(api().body("{\"name\": \"" + name + "\", \"schedule\": {\"type\": \"daily\", \"type\": \"timesPerWeek\", \"times\": 2}}")
                .post("/api/habits"), "schedule.type");
        refused(api().body("{\"name\": \"" + name + "\", \"reminderTimes\": [\"08:00\"], \"x\": [{\"a\": 1, \"a\": 2}]}")
                .post("/api/habits"), "x[0].a");
        assertThat(api().get("/api/habits").then().statusCode(200).extract().jsonPath().getList("name"))
                .as("nothing written").doesNotContain(name, "Run " + name);
    }

    @Test
    void aMergePatchThatGivesAMemberTwiceChangesNothing() {
        long habit = api().body("{\"name\": \"Stretch " + UUID.randomUUID() + "\", \"description\": \"before\"}").post("/api/habits")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        refused(api().contentType("application/merge-patch+json").body("{\"description\": \"a\", \"description\": \"b\"}")
                .patch("/api/habits/" + habit), "description");

        api().get("/api/habits/" + habit).then().statusCode(200).body("description", equalTo("before"));
    }

    @Test
    void theSameNameInTwoObjectsIsNoDuplicate() {
        api().body("{\"name\": \"Read " + UUID.randomUUID() + "\", \"schedule\": {\"type\": \"weekdays\", \"weekdays\": [\"monday\"]},"
                + " \"description\": \"type: weekdays\"}").post("/api/habits").then().statusCode(201);
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(MESSAGE));
    }

    private RequestSpecification api() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
