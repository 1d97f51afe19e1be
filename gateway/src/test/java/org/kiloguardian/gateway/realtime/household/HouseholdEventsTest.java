package org.kiloguardian.gateway.realtime.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.alert.AlertWording;
import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonRequest;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.people.person.PersonView;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.socket.client.IO;
import io.socket.client.Socket;

/** A change made over REST reaches a connected Socket.IO client as the event the old clients expect. */
@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class HouseholdEventsTest {

    @Inject
    PersonService people;
    @Inject
    AlertWording wording;

    @TestHTTPResource("/")
    URI base;

    private Socket socket;

    @BeforeEach
    void connect() throws Exception {
        socket = IO.socket(base, IO.Options.builder().setForceNew(true).setTransports(new String[] {"websocket"}).setReconnection(false).build());
        CompletableFuture<Object> connected = new CompletableFuture<>();
        socket.on("connected", connected::complete);
        socket.connect();
        connected.get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() {
        socket.close();
    }

    private CompletableFuture<JSONObject> next(String event) {
        CompletableFuture<JSONObject> received = new CompletableFuture<>();
        socket.once(event, args -> received.complete((JSONObject) args[0]));
        return received;
    }

    @Test
    void aNewHabitIsAnnounced() throws Exception {
        CompletableFuture<JSONObject> created = next("habit_created");
        String name = "Stretch " + System.nanoTime() % 100_000;
        int id = given().contentType(ContentType.JSON).body(Map.of("name", name)).when().post("/api/habits").then().statusCode(201)
                .extract().path("id");

        JSONObject payload = created.get(5, TimeUnit.SECONDS);
        assertThat(payload.getString("name")).isEqualTo(name);
        assertThat(payload.getLong("habit_id")).isEqualTo(id);
        assertThat(payload.getInt("completed_today")).isZero();
        assertThat(payload.getBoolean("done")).isFalse();
        assertThat(payload.getString("date")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(payload.isNull("person_id")).as("a shared habit").isTrue();
        assertThat(payload.isNull("person_name")).isTrue();
        assertThat(List.of(payload.names().join(",").replace("\"", "").split(",")))
                .as("every field in the wire's snake_case (docs/realtime.md)")
                .containsExactlyInAnyOrder("habit_id", "name", "date", "completed_today", "done", "timestamp", "person_id",
                        "person_name");
    }

    @Test
    void aCompletionIsAnnouncedWithTheDaysCountInSnakeCase() throws Exception {
        int id = given().contentType(ContentType.JSON).body(Map.of("name", "Water " + System.nanoTime() % 100_000))
                .when().post("/api/habits").then().statusCode(201).extract().path("id");
        CompletableFuture<JSONObject> completed = next("habit_completed");
        given().when().post("/api/habits/{id}/completions", id).then().statusCode(200);

        JSONObject payload = completed.get(5, TimeUnit.SECONDS);
        assertThat(payload.getLong("habit_id")).isEqualTo(id);
        assertThat(payload.getInt("completed_today")).isEqualTo(1);
        assertThat(payload.has("habitId")).isFalse();
        assertThat(payload.has("completedToday")).isFalse();
    }

    @Test
    void aPersonsHabitAndMedicationNameTheirPerson() throws Exception {
        PersonView mia = people.create(Editor.APPLICATION, PersonRequest.named("Mia " + System.nanoTime() % 100_000));
        CompletableFuture<JSONObject> created = next("habit_created");
        given().contentType(ContentType.JSON).body(Map.of("name", "Piano " + System.nanoTime() % 100_000, "personId", mia.id()))
                .when().post("/api/habits").then().statusCode(201);
        JSONObject habit = created.get(5, TimeUnit.SECONDS);
        assertThat(habit.getLong("person_id")).isEqualTo(mia.id());
        assertThat(habit.getString("person_name")).isEqualTo(mia.name());

        CompletableFuture<JSONObject> added = next("med_added");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Drops " + System.nanoTime() % 100_000, "asNeeded", true, "stock", 10, "personId", mia.id()))
                .when().post("/api/meds").then().statusCode(201).extract().path("id");
        JSONObject medication = added.get(5, TimeUnit.SECONDS);
        assertThat(medication.getLong("person_id")).isEqualTo(mia.id());
        assertThat(medication.getString("person_name")).isEqualTo(mia.name());

        CompletableFuture<JSONObject> taken = next("med_taken");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/meds/{id}/take", id).then().statusCode(200);
        JSONObject dose = taken.get(5, TimeUnit.SECONDS);
        assertThat(dose.getLong("person_id")).isEqualTo(mia.id());
        assertThat(dose.getString("person_name")).isEqualTo(mia.name());
    }

    @Test
    void aNewMedicationAndATakenDoseAreAnnouncedWithTheOldFieldNames() throws Exception {
        CompletableFuture<JSONObject> added = next("med_added");
        String name = "Ibuprofen " + System.nanoTime() % 100_000;
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "dosage", "400 mg", "asNeeded", true, "stock", 10))
                .when().post("/api/meds").then().statusCode(201).extract().path("id");
        JSONObject payload = added.get(5, TimeUnit.SECONDS);
        assertThat(payload.getString("med_name")).isEqualTo(name);
        assertThat(payload.getString("dosage")).isEqualTo("400 mg");
        assertThat(payload.has("frequency")).isTrue();
        assertThat(payload.getString("timestamp")).contains("T");
        assertThat(payload.isNull("person_id")).as("a shared medication").isTrue();
        assertThat(payload.isNull("person_name")).isTrue();

        CompletableFuture<JSONObject> taken = next("med_taken");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/meds/{id}/take", id).then().statusCode(200);
        JSONObject dose = taken.get(5, TimeUnit.SECONDS);
        assertThat(dose.getLong("med_id")).isEqualTo(id);
        assertThat(dose.getString("stock")).isIn("9.000", "9");
    }

    @Test
    void aNewTransactionIsAnnouncedWithItsIdAndAmount() throws Exception {
        CompletableFuture<JSONObject> added = next("transaction_added");
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("date", "2026-11-02", "amount", "-12.30", "description", "Bakery"))
                .when().post("/api/financial/transactions").then().statusCode(201).extract().path("id");

        JSONObject payload = added.get(5, TimeUnit.SECONDS);
        assertThat(payload.getLong("transaction_id")).isEqualTo(id);
        assertThat(payload.get("amount").toString()).isIn("-12.30", "-12.3", "-12.3000");
        assertThat(payload.getString("description")).isEqualTo("Bakery");
        assertThat(List.of(payload.names().join(",").replace("\"", "").split(",")))
                .containsExactlyInAnyOrder("transaction_id", "amount", "timestamp", "category", "description", "date",
                        "account_id", "type", "source");
    }

    @Test
    void anAccountFallingUnderItsLevelIsAnAlertOnce() throws Exception {
        String name = "Pocket " + System.nanoTime() % 100_000;
        List<JSONObject> alerts = new CopyOnWriteArrayList<>();
        socket.on("kilo_alert", args -> {
            JSONObject alert = (JSONObject) args[0];
            if (alert.optString("message").startsWith(name + ":")) {
                alerts.add(alert);
            }
        });
        int account = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "cash", "openingBalance", "50", "lowBalanceBelow", "20"))
                .when().post("/api/financial/accounts").then().statusCode(201).extract().path("id");

        for (String amount : List.of("-25", "-10", "-5")) { // 25, 15 (under), 10 (still under)
            given().contentType(ContentType.JSON).body(Map.of("accountId", account, "date", "2026-11-02", "amount", amount))
                    .when().post("/api/financial/transactions").then().statusCode(201);
        }

        CompletableFuture<JSONObject> marker = next("transaction_added");
        given().contentType(ContentType.JSON).body(Map.of("accountId", account, "date", "2026-11-03", "amount", "-1"))
                .when().post("/api/financial/transactions").then().statusCode(201);
        marker.get(5, TimeUnit.SECONDS); // events arrive in order: any alert before it has arrived too
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.getString("alert_type")).isEqualTo("low_balance");
            assertThat(alert.getString("message")).isEqualTo(name + ": the balance is " + wording.money(new BigDecimal("15.00"))
                    + ", under the " + wording.money(new BigDecimal("20.00")) + " you set.");
            assertThat(alert.getBoolean("actionable")).isTrue();
        });
    }

    /**
     * A tablet on HTTP long-polling (a proxy that blocks websockets, an old browser) while someone
     * imports a bank statement of 10,000 rows: it stays connected, hears of the import once, and
     * keeps getting the household's events. One event per imported row overflowed its send queue
     * (1,000 packets) and it was dropped as too slow.
     */
    @Test
    void aTabletOnPollingStaysConnectedThroughAnImportOfTenThousandRows() throws Exception {
        Socket tablet = IO.socket(base, IO.Options.builder().setForceNew(true).setTransports(new String[] {"polling"})
                .setReconnection(false).build());
        CompletableFuture<Object> connected = new CompletableFuture<>();
        CompletableFuture<Object> dropped = new CompletableFuture<>();
        CompletableFuture<JSONObject> imported = new CompletableFuture<>();
        CompletableFuture<JSONObject> after = new CompletableFuture<>();
        List<JSONObject> oneByOne = new CopyOnWriteArrayList<>();
        tablet.on("connected", connected::complete);
        tablet.on(Socket.EVENT_DISCONNECT, args -> dropped.complete(args.length > 0 ? args[0] : "disconnected"));
        tablet.on("transactions_changed", args -> imported.complete((JSONObject) args[0]));
        tablet.on("transaction_added", args -> {
            JSONObject added = (JSONObject) args[0];
            oneByOne.add(added);
            if ("After the import".equals(added.optString("description"))) {
                after.complete(added);
            }
        });
        tablet.connect();
        try {
            connected.get(10, TimeUnit.SECONDS);
            String run = "Imported " + System.nanoTime() % 1_000_000 + " row ";
            StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
            for (int row = 0; row < 10_000; row++) {
                csv.append("2025-0").append(1 + row % 9).append("-1").append(row % 9).append(',').append(run).append(row).append(",-1.00\n");
            }
            long account = ((Number) given().multiPart("file", "statement.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                    .when().post("/api/financial/imports").then().statusCode(200).body("imported", equalTo(10_000))
                    .extract().path("accountId")).longValue();
            given().contentType(ContentType.JSON).body(Map.of("date", "2026-11-04", "amount", "-2", "description", "After the import"))
                    .when().post("/api/financial/transactions").then().statusCode(201);

            CompletableFuture.anyOf(after, dropped).get(60, TimeUnit.SECONDS);
            assertThat(dropped).as("the tablet was dropped after %d events", oneByOne.size()).isNotDone();
            JSONObject summary = imported.get(5, TimeUnit.SECONDS);
            assertThat(summary.getInt("added")).isEqualTo(10_000);
            assertThat(summary.getJSONArray("account_ids").getLong(0)).isEqualTo(account);
            assertThat(oneByOne).as("transaction_added events").singleElement();
        } finally {
            tablet.close();
        }
    }
}
