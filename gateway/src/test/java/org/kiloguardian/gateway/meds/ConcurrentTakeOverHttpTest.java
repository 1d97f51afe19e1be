package org.kiloguardian.gateway.meds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Two clients take the same dose at the same moment over HTTP: one 200, one 409, the stock drops once. */
// every /api call needs a login since the security module; these tests are about the module, not the login
@TestSecurity(user = "test-member", roles = "member")
@QuarkusTest
class ConcurrentTakeOverHttpTest {

    @Inject
    Clock clock;

    @Test
    void oneOfTwoSimultaneousTakesWins() throws Exception {
        // a dose time of this very minute in the household zone
        ZonedDateTime doseTime = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> medication = Map.of("name", "Concurrent", "times", List.of(doseTime.format(DateTimeFormatter.ofPattern("HH:mm"))),
                "stock", 10, "doseAmount", 2);
        int id = given().contentType(ContentType.JSON).body(medication).post("/api/meds").then().statusCode(201).extract().path("id");
        Map<String, Object> take = Map.of("scheduledAt", doseTime.toOffsetDateTime().toString());

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                statuses.add(threads.submit(() -> {
                    go.await();
                    return given().contentType(ContentType.JSON).body(take).post("/api/meds/" + id + "/take").statusCode();
                }));
            }
            go.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            answered.sort(Integer::compare);
            assertThat(answered).isEqualTo(List.of(200, 409));
        } finally {
            threads.shutdownNow();
        }
        String stock = given().get("/api/meds/" + id).then().statusCode(200).extract().jsonPath().getString("stock");
        assertThat(new java.math.BigDecimal(stock)).as("stock " + stock).isEqualByComparingTo(new java.math.BigDecimal("8"));
    }
}
