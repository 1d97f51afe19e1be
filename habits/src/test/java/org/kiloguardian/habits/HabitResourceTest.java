package org.kiloguardian.habits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HabitResourceTest {

    @Test
    void listsHabitsStoredInPostgres() {
        storeHabit("Drink water");

        given().when().get("/api/habits")
                .then().statusCode(200)
                .body("name", hasItem("Drink water"));
    }

    @Transactional
    void storeHabit(String name) {
        Habit habit = new Habit();
        habit.name = name;
        habit.createdAt = Instant.now();
        habit.persist();
    }
}
