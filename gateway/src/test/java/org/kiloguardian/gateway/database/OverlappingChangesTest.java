package org.kiloguardian.gateway.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Two changes to one record that overlap, each from its own device, over real HTTP: the first is
 * kept and the second, which read the record before the first was written, is refused with a 409
 * instead of writing back what it read (the records' version, {@code VersionedEntity}). Nothing is
 * lost and nothing is half-written: the household reloads and makes the second change again.
 */
@TestSecurity(user = "test-admin", roles = "admin")
@QuarkusTest
class OverlappingChangesTest {

    @Inject
    HeldRow row;
    @Inject
    Clock clock;

    @Test
    void aMedicationEditedWhileItsDoseIsTakenKeepsTheTakenStock() throws Exception {
        ZonedDateTime doseTime = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        long id = created("/api/meds", Map.of("name", unique("Overlap"), "times", List.of(doseTime.format(DateTimeFormatter.ofPattern("HH:mm"))),
                "stock", 10, "doseAmount", 2));

        List<Integer> answers = statuses(row.whileLocked("meds.medication", id, List.of(
                () -> post("/api/meds/" + id + "/take", Map.of("scheduledAt", doseTime.toOffsetDateTime().toString())),
                () -> patch("/api/meds/" + id, Map.of("notes", "with food")))));

        assertThat(answers).as("take, then the edit that read the stock before it").containsExactly(200, 409);
        JsonPath medication = given().get("/api/meds/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(medication.getString("stock"))).as("stock after one dose of 2").isEqualByComparingTo("8");
        assertThat(medication.getString("notes")).isNull();
        assertThat(patch("/api/meds/" + id, Map.of("notes", "with food"))).as("the edit made again").isEqualTo(200);
    }

    @Test
    void theSecondOfTwoOverlappingEditsOfAHabitIsRefused() throws Exception {
        String name = unique("Stretch");
        long id = created("/api/habits", Map.of("name", name));

        firstKeptSecondRefused(row.whileLocked("habits.habit", id, List.of(
                () -> patch("/api/habits/" + id, Map.of("description", "ten minutes")),
                () -> patch("/api/habits/" + id, Map.of("name", unique("Limber"))))));

        given().get("/api/habits/" + id).then().statusCode(200)
                .body("description", equalTo("ten minutes"))
                .body("name", equalTo(name));
    }

    @Test
    void theSecondOfTwoOverlappingEditsOfAPersonIsRefused() throws Exception {
        String name = unique("Grandma");
        long id = created("/api/people", Map.of("name", name));

        firstKeptSecondRefused(row.whileLocked("people.person", id, List.of(
                () -> patch("/api/people/" + id, Map.of("color", "#00897b")),
                () -> patch("/api/people/" + id, Map.of("name", unique("Granny"))))));

        given().get("/api/people/" + id).then().statusCode(200)
                .body("color", equalTo("#00897b"))
                .body("name", equalTo(name));
    }

    @Test
    void theSecondOfTwoOverlappingEditsOfATransactionIsRefused() throws Exception {
        long id = created("/api/financial/transactions", Map.of("amount", "-12.50", "description", "Bakery"));

        firstKeptSecondRefused(row.whileLocked("financial.transaction", id, List.of(
                () -> patch("/api/financial/transactions/" + id, Map.of("notes", "birthday cake")),
                () -> patch("/api/financial/transactions/" + id, Map.of("description", "Bakery on the corner")))));

        given().get("/api/financial/transactions/" + id).then().statusCode(200)
                .body("notes", equalTo("birthday cake"))
                .body("description", equalTo("Bakery"));
    }

    private static void firstKeptSecondRefused(List<CompletableFuture<Integer>> started) throws Exception {
        assertThat(statuses(started)).as("first edit, second edit").containsExactly(200, 409);
    }

    private static List<Integer> statuses(List<CompletableFuture<Integer>> started) throws Exception {
        return List.of(started.get(0).get(30, TimeUnit.SECONDS), started.get(1).get(30, TimeUnit.SECONDS));
    }

    private static long created(String path, Map<String, ?> body) {
        return ((Number) given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id")).longValue();
    }

    private static int post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).statusCode();
    }

    private static int patch(String path, Map<String, ?> body) {
        Response answer = given().contentType("application/merge-patch+json").body(body).patch(path);
        if (answer.statusCode() == 409) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("detail")).contains("reload and try again");
        }
        return answer.statusCode();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
