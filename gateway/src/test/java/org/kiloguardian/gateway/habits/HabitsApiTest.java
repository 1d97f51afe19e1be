package org.kiloguardian.gateway.habits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.testsupport.HouseholdClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The habits API over real HTTP through the whole application, with the gateway's problem mapping. */
// every /api call needs a login since the security module; these tests are about the module, not the login
@TestSecurity(user = "test-member", roles = "member")
@QuarkusTest
class HabitsApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final long UNKNOWN = 987_654_321L;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Inject
    HouseholdClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void theHouseholdDayIsTheTestClocksDay() {
        // 01:30 in Berlin is still the previous day in UTC: the day comes from the household's clock
        clock.set(LocalDateTime.parse("2026-03-29T01:30"));
        int id = create(uniqueName("Pinned"));

        given().post("/api/habits/" + id + "/completions").then().statusCode(200).body("date", equalTo("2026-03-29"));
        given().delete("/api/habits/" + id + "/completions/2026-03-29").then().statusCode(200).body("count", equalTo(0));
    }

    @Test
    void createAnswers201WithLocationAndTheHabit() {
        String name = uniqueName("Walk the dog");
        String location = given().contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "description": "twice round the park",
                         "schedule": {"type": "weekdays", "weekdays": ["monday", "THURSDAY"]},
                         "targetCount": 2, "reminderTimes": ["18:00", "07:30"], "medicationId": 7}""".formatted(name))
                .post("/api/habits")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/api/habits/"))
                .body("name", equalTo(name))
                .body("schedule.type", equalTo("weekdays"))
                .body("schedule.weekdays", equalTo(List.of("MONDAY", "THURSDAY")))
                .body("schedule.times", nullValue())
                .body("targetCount", equalTo(2))
                .body("reminderTimes", equalTo(List.of("07:30", "18:00")))
                .body("medicationId", equalTo(7))
                .body("active", equalTo(true))
                .body("createdAt", not(nullValue()))
                .body("updatedAt", not(nullValue()))
                .extract().header("Location");
        int id = idFrom(location);

        given().get(location).then().statusCode(200).body("id", equalTo(id)).body("name", equalTo(name));
    }

    @Test
    void collectionAnswersWithAndWithoutTrailingSlashAndFiltersByActive() {
        int active = create(uniqueName("Active"));
        int archived = create(uniqueName("Archived"));
        given().delete("/api/habits/" + archived).then().statusCode(204);

        for (String path : List.of("/api/habits", "/api/habits/")) {
            given().get(path).then().statusCode(200).contentType(ContentType.JSON)
                    .body("$", not(hasSize(0)))
                    .body("id", hasItem(active)).body("id", hasItem(archived));
        }
        given().get("/api/habits?active=true").then().statusCode(200)
                .body("id", hasItem(active)).body("id", not(hasItem(archived)));
        given().get("/api/habits/?active=false").then().statusCode(200)
                .body("id", hasItem(archived)).body("id", not(hasItem(active)));

        given().contentType(ContentType.JSON).body("{\"name\": \"%s\"}".formatted(uniqueName("Slash")))
                .post("/api/habits/").then().statusCode(201).header("Location", containsString("/api/habits/"));
    }

    @Test
    void badFieldsAnswer400ProblemsNamingTheField() {
        assertInvalid("{\"name\": \"\"}", "name");
        assertInvalid("{\"name\": \"%s\", \"targetCount\": 0}".formatted(uniqueName("Zero")), "targetCount");
        assertInvalid("{\"name\": \"%s\", \"schedule\": {\"type\": \"weekdays\", \"weekdays\": [\"MONDAY\", \"FUNDAY\"]}}"
                .formatted(uniqueName("Funday")), "schedule.weekdays[1]");
        assertInvalid("{\"name\": \"%s\", \"schedule\": {\"type\": \"weekdays\"}}".formatted(uniqueName("No days")),
                "schedule.weekdays");
        assertInvalid("{\"name\": \"%s\", \"schedule\": {\"type\": \"timesPerWeek\", \"times\": 9}}".formatted(uniqueName("Nine")),
                "schedule.times");
        assertInvalid("{\"name\": \"%s\", \"schedule\": {\"type\": \"hourly\"}}".formatted(uniqueName("Hourly")), "schedule.type");
        assertInvalid("{\"name\": \"%s\", \"reminderTimes\": [\"25:00\"]}".formatted(uniqueName("Late")), "reminderTimes[0]");
        assertInvalid("{\"name\": \"%s\", \"medicationId\": 0}".formatted(uniqueName("Med")), "medicationId");
        assertInvalid("", "body");
        // truncated JSON: Quarkus REST answers its own 400 before the gateway's JSON mapping sees it
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/habits")
                .then().statusCode(400).contentType(PROBLEM);

        given().get("/api/habits").then().body("name", not(hasItem(startsWith("Funday"))));
    }

    @Test
    void duplicateActiveNameAnswers409NamingTheFieldAndWritesNothing() {
        String name = uniqueName("Floss");
        int first = create(name);
        given().contentType(ContentType.JSON).body("{\"name\": \"%s\"}".formatted(name.toLowerCase()))
                .post("/api/habits")
                .then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", startsWith("name:"));
        given().get("/api/habits").then().body("findAll { it.name.equalsIgnoreCase('%s') }.size()".formatted(name), equalTo(1));

        given().delete("/api/habits/" + first).then().statusCode(204);
        create(name); // the name is free once the first one is archived
    }

    @Test
    void unknownIdsAnswer404Problems() {
        assertNotFound(given().get("/api/habits/" + UNKNOWN));
        assertNotFound(given().contentType(ContentType.JSON).body("{\"name\": \"x\"}").put("/api/habits/" + UNKNOWN));
        assertNotFound(given().contentType("application/merge-patch+json").body("{\"name\": \"x\"}").patch("/api/habits/" + UNKNOWN));
        assertNotFound(given().delete("/api/habits/" + UNKNOWN));
        assertNotFound(given().delete("/api/habits/" + UNKNOWN + "?purge=true"));
        assertNotFound(given().post("/api/habits/" + UNKNOWN + "/completions"));
        assertNotFound(given().post("/api/habits/complete/" + UNKNOWN));
        assertNotFound(given().post("/api/habits/" + UNKNOWN + "/skip"));
        assertNotFound(given().delete("/api/habits/" + UNKNOWN + "/completions/" + today()));
        assertNotFound(given().get("/api/habits/" + UNKNOWN + "/history"));
        assertNotFound(given().get("/api/habits/" + UNKNOWN + "/stats"));
    }

    @Test
    void putReplacesPatchMergesAndBothValidate() {
        String name = uniqueName("Read");
        int id = create(name);

        given().contentType(ContentType.JSON)
                .body("{\"name\": \"%s\", \"schedule\": {\"type\": \"timesPerWeek\", \"times\": 3}, \"targetCount\": 2}".formatted(name))
                .put("/api/habits/" + id)
                .then().statusCode(200)
                .body("schedule.type", equalTo("timesPerWeek")).body("schedule.times", equalTo(3)).body("targetCount", equalTo(2));

        given().contentType("application/merge-patch+json").body("{\"description\": \"ten pages\", \"schedule\": {\"times\": 4}}")
                .patch("/api/habits/" + id)
                .then().statusCode(200)
                .body("description", equalTo("ten pages")).body("schedule.times", equalTo(4)).body("targetCount", equalTo(2));

        given().contentType(ContentType.JSON).body("{\"targetCount\": 0}").patch("/api/habits/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("targetCount"));
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"targetCount\": 1}").put("/api/habits/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
        given().get("/api/habits/" + id).then().body("targetCount", equalTo(2)).body("name", equalTo(name));
    }

    @Test
    void deleteArchivesAndPurgeDeletesWithHistory() {
        int id = create(uniqueName("Archive me"));
        given().post("/api/habits/" + id + "/completions").then().statusCode(200);

        given().delete("/api/habits/" + id).then().statusCode(204);
        given().get("/api/habits/" + id).then().statusCode(200).body("active", equalTo(false)).body("archivedAt", not(nullValue()));
        given().get("/api/habits/today").then().body("id", not(hasItem(id)));
        given().get("/api/habits/" + id + "/history").then().statusCode(200).body("count", hasItem(1));
        given().post("/api/habits/" + id + "/completions").then().statusCode(409).contentType(PROBLEM);

        given().delete("/api/habits/" + id + "?purge=true").then().statusCode(204);
        assertNotFound(given().get("/api/habits/" + id));
    }

    @Test
    void completionsUndoSkipAndTheOldAlias() {
        int id = given().contentType(ContentType.JSON).body("{\"name\": \"%s\", \"targetCount\": 3}".formatted(uniqueName("Water")))
                .post("/api/habits").then().statusCode(201).extract().path("id");
        String today = today().toString();

        given().post("/api/habits/" + id + "/completions").then().statusCode(200)
                .body("habitId", equalTo(id)).body("date", equalTo(today)).body("count", equalTo(1)).body("done", equalTo(false))
                .body("status", equalTo("completed"));
        given().post("/api/habits/complete/" + id).then().statusCode(200).body("count", equalTo(2));
        given().contentType(ContentType.JSON).body("{\"count\": 2, \"note\": \"hot day\"}")
                .post("/api/habits/" + id + "/completions").then().statusCode(200)
                .body("count", equalTo(4)).body("done", equalTo(true)).body("note", equalTo("hot day"));
        given().get("/api/habits/today").then().statusCode(200)
                .body("find { it.id == %d }.name".formatted(id), startsWith("Water"))
                .body("find { it.id == %d }.targetCount".formatted(id), equalTo(3))
                .body("find { it.id == %d }.completedToday".formatted(id), equalTo(4))
                .body("find { it.id == %d }.done".formatted(id), equalTo(true));

        given().delete("/api/habits/" + id + "/completions/" + today).then().statusCode(200).body("count", equalTo(3));
        given().get("/api/habits/" + id + "/stats").then().statusCode(200)
                .body("currentStreak", equalTo(1)).body("longestStreak", equalTo(1)).body("streakUnit", equalTo("day"))
                .body("rate7", equalTo(1.0f)).body("rate30", equalTo(1.0f)).body("rate90", equalTo(1.0f));

        String yesterday = today().minusDays(1).toString();
        given().contentType(ContentType.JSON).body("{\"date\": \"%s\", \"note\": \"ill\"}".formatted(yesterday))
                .post("/api/habits/" + id + "/skip").then().statusCode(200)
                .body("status", equalTo("skipped")).body("date", equalTo(yesterday)).body("count", equalTo(0));
        given().get("/api/habits/" + id + "/history?from=" + yesterday + "&to=" + today).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].status", equalTo("skipped")).body("[0].note", equalTo("ill"))
                .body("[1].count", equalTo(3)).body("[1].done", equalTo(true)).body("[1].due", equalTo(true));

        given().delete("/api/habits/" + id + "/completions/" + today().minusDays(5)).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badCompletionAndHistoryInputAnswers400() {
        int id = create(uniqueName("Future"));
        String tomorrow = today().plusDays(2).toString();

        given().contentType(ContentType.JSON).body("{\"date\": \"%s\"}".formatted(tomorrow))
                .post("/api/habits/" + id + "/completions")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("date")));
        given().contentType(ContentType.JSON).body("{\"date\": \"%s\"}".formatted(tomorrow))
                .post("/api/habits/" + id + "/skip")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("date")));
        given().contentType(ContentType.JSON).body("{\"count\": 0}").post("/api/habits/" + id + "/completions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("count")));
        given().contentType(ContentType.JSON).body("{\"date\": \"yesterday\"}").post("/api/habits/" + id + "/completions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("date")));
        given().get("/api/habits/" + id + "/history").then().statusCode(200).body("$", hasSize(30));

        given().get("/api/habits/" + id + "/history?from=2026-06-10&to=2026-06-01")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("from:"));
        given().get("/api/habits/" + id + "/history?from=yesterday")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("from:"));
        given().get("/api/habits/" + id + "/history?from=2025-01-01&to=2026-06-01")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("to:"));
        given().delete("/api/habits/" + id + "/completions/not-a-date")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("date:"));
        // a yes/no parameter that reads neither way is refused, not taken as false (archived list, archive instead of purge)
        given().get("/api/habits?active=yes").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("active:"));
        given().delete("/api/habits/" + id + "?purge=yes").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("purge:"));
        given().get("/api/habits/" + id).then().statusCode(200).body("active", equalTo(true));
        given().get("/api/habits/" + id + "/stats").then().statusCode(200).body("currentStreak", equalTo(0));
        given().get("/api/habits/" + id + "/history").then().body("count", not(hasItem(1)));
    }

    private static void assertInvalid(String body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/habits")
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    private static void assertNotFound(io.restassured.response.Response response) {
        ValidatableResponse then = response.then();
        then.statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    private static int create(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"%s\"}".formatted(name))
                .post("/api/habits").then().statusCode(201).extract().path("id");
    }

    private static int idFrom(String location) {
        return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** The household's day, as the gateway's clock (test-support's in tests) sees it. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
