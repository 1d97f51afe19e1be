package org.kiloguardian.financial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

@QuarkusTest
class TransactionResourceTest {

    @Test
    void keepsMoneyExactThroughPostgres() {
        // 0.1 + 0.2 is where a double would show its error
        Long id = storeTransaction(new BigDecimal("0.1").add(new BigDecimal("0.2")), "Groceries");

        given().config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .when().get("/api/financial/transactions")
                .then().statusCode(200)
                .body("find { it.id == " + id + " }.amount",
                        equalTo(new BigDecimal("0.3000")));
    }

    @Transactional
    Long storeTransaction(BigDecimal amount, String description) {
        Transaction transaction = new Transaction();
        transaction.date = LocalDate.of(2026, 11, 1);
        transaction.amount = amount;
        transaction.description = description;
        transaction.createdAt = Instant.now();
        transaction.persist();
        return transaction.id;
    }
}
