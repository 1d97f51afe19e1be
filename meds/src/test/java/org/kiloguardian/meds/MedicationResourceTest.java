package org.kiloguardian.meds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MedicationResourceTest {

    @Test
    void listsMedicationsStoredInPostgres() {
        storeMedication("Vitamin D", "1000 IU");

        given().when().get("/api/meds")
                .then().statusCode(200)
                .body("name", hasItem("Vitamin D"))
                .body("dosage", hasItem("1000 IU"));
    }

    @Transactional
    void storeMedication(String name, String dosage) {
        Medication medication = new Medication();
        medication.name = name;
        medication.dosage = dosage;
        medication.createdAt = Instant.now();
        medication.persist();
    }
}
