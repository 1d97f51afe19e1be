package org.kiloguardian.gateway.adherence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A scheduled medication brings its adherence habit, and each dose taken completes it. */
@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class MedicationHabitLinkTest {

    @Inject
    Clock clock;
    @Inject
    PersonService people;

    @Test
    void aNewMedicationGetsALinkedHabitThatEachDoseCompletes() {
        // one dose due right now (household time), one in the evening
        String now = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
        String name = "Linked Vitamin " + System.nanoTime() % 100_000;
        int medId = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "dosage", "1000 IU", "times", List.of(now, "23:59"), "stock", 30))
                .when().post("/api/meds")
                .then().statusCode(201).extract().path("id");

        Map<String, Object> habit = given().when().get("/api/habits?active=true")
                .then().statusCode(200).extract().path("find { it.medicationId == " + medId + " }");
        assertThat(habit.get("name")).isEqualTo("Take " + name);
        assertThat(habit.get("targetCount")).isEqualTo(2);

        given().contentType(ContentType.JSON).body("{}").when().post("/api/meds/{id}/take", medId).then().statusCode(200);

        List<Map<String, Object>> today = given().when().get("/api/habits/today").then().statusCode(200).extract().path("");
        Map<String, Object> entry = today.stream().filter(e -> e.get("id").equals(habit.get("id"))).findFirst().orElseThrow();
        assertThat(entry.get("completedToday")).isEqualTo(1);
        assertThat(entry.get("done")).isEqualTo(false);
    }

    @Test
    void theLinkedHabitBelongsToTheMedicationsPersonAndFollowsIt() {
        PersonView grandma = people.create(Editor.APPLICATION, PersonRequest.named("Grandma " + System.nanoTime() % 100_000));
        PersonView ben = people.create(Editor.APPLICATION, PersonRequest.named("Ben " + System.nanoTime() % 100_000));
        String name = "Heart pills " + System.nanoTime() % 100_000;
        int medId = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "times", List.of("08:00"), "stock", 30, "personId", grandma.id()))
                .when().post("/api/meds").then().statusCode(201).extract().path("id");
        assertThat(((Number) given().when().get("/api/habits?person=" + grandma.id()).then().statusCode(200)
                .extract().path("find { it.medicationId == " + medId + " }.personId")).longValue()).isEqualTo(grandma.id());

        given().contentType("application/merge-patch+json").body(Map.of("personId", ben.id()))
                .when().patch("/api/meds/{id}", medId).then().statusCode(200);
        List<Object> bens = given().when().get("/api/habits?person=" + ben.id()).then().statusCode(200)
                .extract().path("findAll { it.medicationId == " + medId + " }");
        assertThat(bens).as("the habit moved along with its medication").hasSize(1);
        List<Object> grandmas = given().when().get("/api/habits?person=" + grandma.id()).then().statusCode(200)
                .extract().path("findAll { it.medicationId == " + medId + " }");
        assertThat(grandmas).isEmpty();
    }

    @Test
    void anAsNeededMedicationHasNoHabit() {
        String name = "Painkiller " + System.nanoTime() % 100_000;
        int medId = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "asNeeded", true, "minIntervalHours", 4, "maxPerDay", 3, "stock", 20))
                .when().post("/api/meds")
                .then().statusCode(201).extract().path("id");
        List<Object> linked = given().when().get("/api/habits").then().statusCode(200)
                .extract().path("findAll { it.medicationId == " + medId + " }");
        assertThat(linked).isEmpty();
    }
}
