package org.kiloguardian.gateway.financial;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** Small helpers for the financial contract tests: exact numbers and unique names. */
final class FinancialApi {

    private FinancialApi() {
    }

    /** JSON numbers read as BigDecimal, so 0.30 is compared exactly. */
    static RequestSpecification api() {
        return given().config(RestAssuredConfig.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long account(String opening) {
        return api().body(Map.of("name", unique("Account"), "kind", "checking", "openingBalance", opening))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String category() {
        return api().body(Map.of("name", unique("Category")))
                .post("/api/financial/categories").then().statusCode(201).extract().jsonPath().getString("name");
    }

    static long transaction(long account, String date, String amount, String description) {
        return api().body(Map.of("accountId", account, "date", date, "amount", amount, "description", description))
                .post("/api/financial/transactions").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
