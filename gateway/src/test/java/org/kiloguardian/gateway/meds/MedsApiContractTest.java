package org.kiloguardian.gateway.meds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** The meds HTTP contract as the old clients and the new UI see it: routes, aliases, status codes, problem bodies. */
// every /api call needs a login since the security module; these tests are about the module, not the login
@TestSecurity(user = "test-member", roles = "member")
@QuarkusTest
class MedsApiContractTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Clock clock;

    @BeforeAll
    static void decimalsAsBigDecimal() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void createAnswers201WithLocationAndTheListIsAnArrayWithOrWithoutTrailingSlash() {
        io.restassured.response.ValidatableResponse created = json().body(daily("Contract Ramipril", "20")).post("/api/meds")
                .then().statusCode(201);
        int id = created.extract().path("id");
        created.header("Location", endsWith("/api/meds/" + id))
                .body("name", equalTo("Contract Ramipril"))
                .body("doseAmount", equalTo(new BigDecimal("1.000")))
                .body("times", equalTo(List.of("08:00", "20:00")))
                .body("lowStockDays", equalTo(7))
                .body("daysOfSupply", equalTo(new BigDecimal("10.0")));

        for (String path : List.of("/api/meds", "/api/meds/")) {
            given().get(path).then().statusCode(200).contentType(ContentType.JSON)
                    .body("$", instanceOf(List.class))
                    .body("id", hasItem(id));
        }
        given().get("/api/meds/" + id).then().statusCode(200).body("stock", equalTo(new BigDecimal("20.000")));
    }

    @Test
    void theOldAddPathAndAPostWithTrailingSlashCreateToo() {
        json().body(daily("Contract Added", "5")).post("/api/meds/add").then().statusCode(201).body("id", notNullValue());
        json().body(daily("Contract Slash", "5")).post("/api/meds/").then().statusCode(201).body("id", notNullValue());
    }

    @Test
    void badFieldsAnswer400ProblemsNamingTheField() {
        assertBadField(with(daily("Bad", "-1"), "stock", -1), "stock");
        assertBadField(with(daily("Bad", "1"), "doseAmount", 0), "doseAmount");
        assertBadField(with(daily("Bad", "1"), "times", List.of("25:00")), "times[0]");
        assertBadField(with(with(daily("Bad", "1"), "startDate", "2026-12-10"), "endDate", "2026-12-01"), "endDate");
        assertBadField(with(daily("", "1"), "name", ""), "name");
        assertBadField(with(daily("Bad", "1"), "minIntervalHours", 4), "minIntervalHours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/meds/987654", "PUT /api/meds/987654", "PATCH /api/meds/987654", "DELETE /api/meds/987654",
            "POST /api/meds/987654/take", "POST /api/meds/take/987654", "POST /api/meds/987654/skip",
            "POST /api/meds/987654/snooze", "POST /api/meds/987654/refills", "GET /api/meds/987654/doses",
            "GET /api/meds/987654/refills", "DELETE /api/meds/987654/doses/1"})
    void unknownIdsAnswer404Problems(String call) {
        String[] parts = call.split(" ");
        Map<String, Object> body = parts[1].endsWith("snooze") ? Map.of("minutes", 10)
                : parts[1].endsWith("refills") ? Map.of("quantity", 10) : daily("Nobody", "1");
        json().body(body).request(parts[0], parts[1])
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void takingAsNeededDropsTheStockAndBreakingItsLimitIs409WithTheReasonUnlessForced() {
        int id = json().body(asNeeded("Contract Ibuprofen", 1)).post("/api/meds").then().statusCode(201).extract().path("id");

        given().post("/api/meds/" + id + "/take").then().statusCode(200)
                .body("stock", equalTo(new BigDecimal("4.000")))
                .body("insufficientStock", equalTo(false))
                .body("dose.status", equalTo("taken"))
                .body("dose.scheduledAt", nullValue());

        json().body(Map.of()).post("/api/meds/take/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("the most allowed is 1"));

        json().body(Map.of("force", true, "amount", 0.5, "note", "bad headache")).post("/api/meds/take/" + id)
                .then().statusCode(200).body("stock", equalTo(new BigDecimal("3.500")));

        given().get("/api/meds/" + id + "/doses?from=" + LocalDate.now(clock).minusDays(1) + "&to=" + LocalDate.now(clock).plusDays(1))
                .then().statusCode(200).body("$", instanceOf(List.class)).body("note", hasItem("bad headache"));
    }

    @Test
    void tooLittleStockIsFlaggedAndUndoRestoresIt() {
        int id = json().body(with(asNeeded("Contract Low", null), "stock", 0.4)).post("/api/meds").then().statusCode(201)
                .extract().path("id");

        int doseId = given().post("/api/meds/" + id + "/take").then().statusCode(200)
                .body("insufficientStock", equalTo(true))
                .body("warning", notNullValue())
                .body("stock", equalTo(new BigDecimal("0.000")))
                .extract().path("dose.id");

        given().delete("/api/meds/" + id + "/doses/" + doseId).then().statusCode(200)
                .body("stock", equalTo(new BigDecimal("0.400")));
    }

    @Test
    void unreadableQueryParametersAnswer400NamingThem() {
        int id = json().body(daily("Contract Query", "10")).post("/api/meds").then().statusCode(201).extract().path("id");

        given().get("/api/meds/" + id + "/doses?from=yesterday").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("from:"));
        given().get("/api/meds/" + id + "/doses?to=2026-13-01").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("to:"));
        given().get("/api/meds/adherence?days=week").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("days:"));
        given().get("/api/meds?active=yes").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("active:"));

        given().get("/api/meds/" + id + "/doses?from=2026-06-01&to=2026-06-03").then().statusCode(200);
        given().get("/api/meds/adherence?days=7").then().statusCode(200).body("history.size()", equalTo(7));
        given().get("/api/meds?active=TRUE").then().statusCode(200).body("id", hasItem(id));
        given().get("/api/meds?active=false").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void refillsAnswer201AndTheCollectionsAreArrays() {
        int id = json().body(daily("Contract Refill", "2")).post("/api/meds").then().statusCode(201).extract().path("id");

        given().get("/api/meds/refills-needed").then().statusCode(200).body("medicationId", hasItem(id));
        json().body(Map.of("quantity", 30)).post("/api/meds/" + id + "/refills").then().statusCode(201)
                .body("stock", equalTo(new BigDecimal("32.000")));
        assertBadField(Map.of("quantity", 0), "quantity", "/api/meds/" + id + "/refills");

        given().get("/api/meds/due").then().statusCode(200).body("$", instanceOf(List.class));
        given().get("/api/meds/" + id + "/refills").then().statusCode(200).body("quantity", hasItem(new BigDecimal("30.000")));
        given().get("/api/meds/adherence").then().statusCode(200)
                .body("last7Days.scheduled", notNullValue())
                .body("history.size()", equalTo(30))
                .body("medications", instanceOf(List.class));
        given().get("/api/meds/adherence?days=0").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void snoozeAndSkipCheckTheirInput() {
        int asNeeded = json().body(asNeeded("Contract Snooze", 3)).post("/api/meds").then().statusCode(201).extract().path("id");

        assertBadField(Map.of("minutes", 0), "minutes", "/api/meds/" + asNeeded + "/snooze");
        json().body(Map.of("minutes", 10)).post("/api/meds/" + asNeeded + "/snooze").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("as needed"));
        given().post("/api/meds/" + asNeeded + "/skip").then().statusCode(409);
    }

    @Test
    void patchMergesPutReplacesAndDeleteRemoves() {
        int id = json().body(daily("Contract Patch", "10")).post("/api/meds").then().statusCode(201).extract().path("id");

        given().contentType("application/merge-patch+json").body(Map.of("notes", "after food", "lowStockDays", 3))
                .patch("/api/meds/" + id).then().statusCode(200)
                .body("notes", equalTo("after food"))
                .body("lowStockDays", equalTo(3))
                .body("name", equalTo("Contract Patch"));
        json().body(Map.of("times", List.of("25:00"))).patch("/api/meds/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("times[0]"));
        json().body(Map.of("doseAmount", 0)).patch("/api/meds/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("doseAmount"));

        json().body(with(daily("Contract Put", null), "times", List.of("09:00"))).put("/api/meds/" + id).then().statusCode(200)
                .body("name", equalTo("Contract Put"))
                .body("times", equalTo(List.of("09:00")))
                .body("stock", equalTo(new BigDecimal("10.000")));

        given().delete("/api/meds/" + id).then().statusCode(204);
        given().get("/api/meds/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    private static void assertBadField(Map<String, Object> body, String field) {
        assertBadField(body, field, "/api/meds");
    }

    private static void assertBadField(Map<String, Object> body, String field, String path) {
        json().body(body).post(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static Map<String, Object> daily(String name, String stock) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("dosage", "5 mg");
        body.put("form", "tablet");
        body.put("times", List.of("08:00", "20:00"));
        if (stock != null) {
            body.put("stock", new BigDecimal(stock));
        }
        return body;
    }

    private static Map<String, Object> asNeeded(String name, Integer maxPerDay) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("dosage", "400 mg");
        body.put("asNeeded", true);
        body.put("minIntervalHours", null);
        body.put("maxPerDay", maxPerDay);
        body.put("stock", 5);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
