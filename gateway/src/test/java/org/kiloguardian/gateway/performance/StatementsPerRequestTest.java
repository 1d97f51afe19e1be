package org.kiloguardian.gateway.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.routing.RestEndpoint;
import org.kiloguardian.gateway.routing.RestRouteTable;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.NewUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.testsupport.SqlStatements;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * No N+1: every list endpoint of the route table costs as many SQL statements with three times as
 * many rows (Hibernate statistics, {@code %test.quarkus.hibernate-orm.statistics=true}). Lists under
 * an item ({@code /api/habits/{id}/history}) are read for an item whose rows grow; a new one must be
 * given its item here, or the test fails. A bearer token checked a moment ago costs no statement.
 */
@QuarkusTest
class StatementsPerRequestTest {

    static final String ADMIN = "statements-admin";

    @Inject
    RestRouteTable routes;

    @Inject
    EntityManagerFactory entityManagers;

    @Inject
    HouseholdUsers users;

    @Inject
    UserService accounts;

    /** The items whose lists grow, by the template that reads them. */
    private final Map<String, Long> parents = new LinkedHashMap<>();

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void noListEndpointNeedsMoreStatementsForMoreRows() throws Exception {
        if (!users.exists(ADMIN)) { // the caller's own lists (tokens, me) need a real login
            accounts.create(new NewUser(ADMIN, "Statements", HouseholdUsers.PASSWORD, Role.ADMIN), Actor.system());
        }
        Household household = new Household();
        household.grow(3);
        Map<String, Long> atN = statementsPerList();
        household.grow(6);
        Map<String, Long> atThreeN = statementsPerList();

        assertThat(atN).as("the route table lists the endpoints: " + atN.keySet()).hasSizeGreaterThan(25);
        List<String> growing = new ArrayList<>();
        for (Map.Entry<String, Long> list : atN.entrySet()) {
            String path = list.getKey();
            // a background burst (a delivery's retries) can span three quick readings: a real N+1 is
            // still there when read again, spread over a second
            if (atThreeN.get(path) > list.getValue() && fewestStatements(path, 5, 200) > list.getValue()) {
                growing.add(path + ": " + list.getValue() + " -> " + atThreeN.get(path));
            }
        }
        assertThat(growing).as("statements per request grew with the rows (at N and 3N rows)").isEmpty();
    }

    @Test
    void aTokenCheckedAMomentAgoCostsNoStatement() throws Exception {
        String username = users.create("statements", Role.MEMBER);
        // a timer's statement (the notifications sender polls every 500 ms in tests) can only add to a reading:
        // one attempt of three without one is enough, and each attempt uses new tokens
        long[] first = null;
        long[] second = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            first = readsWithANewToken(username);
            second = readsWithANewToken(username);
            if (second[0] > second[1] && first[1] == second[1] && second[1] == second[2]) {
                break;
            }
        }
        assertThat(second[0]).as("the first request reads the token: " + second[0] + " then " + second[1]).isGreaterThan(second[1]);
        assertThat(second[1]).as("a token checked a moment ago is not read again").isEqualTo(first[1]);
        assertThat(second[2]).isEqualTo(second[1]);
    }

    /** Statements of three requests with a new token: the first checks it, the next ones need not. */
    private long[] readsWithANewToken(String username) throws Exception {
        String token = HouseholdUsers.tokenFor(username);
        long[] result = new long[3];
        for (int i = 0; i < 3; i++) {
            result[i] = SqlStatements.during(entityManagers, () -> given().auth().oauth2(token).get("/api/meds").then().statusCode(200));
        }
        return result;
    }

    private Map<String, Long> statementsPerList() throws Exception {
        Map<String, Long> result = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (RestEndpoint endpoint : routes.endpoints()) {
            if (!endpoint.method().equals("GET") || !endpoint.template().startsWith("/api/")
                    || endpoint.template().startsWith("/api/test-fixtures/")) {
                continue; // (the test fixtures' resources are no part of the app)
            }
            String path = concretePath(endpoint.template());
            if (path == null) {
                continue; // one item, not a list
            }
            int status = given().get(path).statusCode(); // warm: the first call may load what later ones find cached
            if (status != 200) {
                failed.add(path + " answered " + status);
                continue;
            }
            result.put(path, fewestStatements(path, 3, 0));
        }
        assertThat(failed).as("every list is read").isEmpty();
        return result;
    }

    /**
     * The statements of one request for {@code path}. Hibernate's statistics are global: a timer (the
     * notifications sender polls every 500 ms in tests) may add a statement to one reading, never take
     * one away, so the fewest of several readings is the request's.
     */
    private long fewestStatements(String path, int readings, long millisApart) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int reading = 0; reading < readings; reading++) {
            Thread.sleep(reading == 0 ? 0 : millisApart);
            fewest = Math.min(fewest, SqlStatements.during(entityManagers, () -> given().get(path).then().statusCode(200)));
        }
        return fewest;
    }

    /** The path to read a list, or null for an endpoint of one item; fails for a list under an unknown item. */
    private String concretePath(String template) {
        if (!template.contains("{")) {
            return template;
        }
        if (template.endsWith("}")) {
            return null;
        }
        String parent = template.substring(0, template.indexOf('{'));
        String child = template.substring(template.lastIndexOf('}') + 1);
        Long id = parents.get(parent + child);
        if (id == null) {
            fail("A list under an item, " + template + ": give it an item whose rows grow in Household.grow");
        }
        return parent + id + child;
    }



    /** Rows of every kind, added through the API; the first call also makes the items whose lists grow. */
    private final class Household {

        private long account;
        private long habit;
        private long medication;
        private long goal;
        private int day;

        void grow(int rows) {
            if (parents.isEmpty()) {
                account = post("/api/financial/accounts", Map.of("name", unique("Account"), "kind", "checking", "openingBalance", "100"));
                habit = post("/api/habits", Map.of("name", unique("Habit")));
                medication = post("/api/meds", Map.of("name", unique("Med"), "dosage", "5 mg", "form", "tablet",
                        "times", List.of("08:00", "20:00"), "stock", 500));
                goal = post("/api/financial/goals", Map.of("name", unique("Goal"), "targetAmount", "1000"));
                long bill = post("/api/financial/bills", Map.of("name", unique("Bill"), "amount", "-40", "accountId", account,
                        "frequency", "monthly", "dayOfMonth", 1, "startDate", LocalDate.now().minusMonths(3).toString()));
                long recurring = post("/api/financial/recurring", Map.of("name", unique("Salary"), "amount", "2000",
                        "accountId", account, "frequency", "monthly", "dayOfMonth", 1,
                        "startDate", LocalDate.now().minusMonths(3).toString()));
                parents.put("/api/habits//history", habit);
                parents.put("/api/habits//stats", habit);
                parents.put("/api/meds//doses", medication);
                parents.put("/api/meds//refills", medication);
                parents.put("/api/financial/goals//contributions", goal);
                parents.put("/api/financial/bills//history", bill);
                parents.put("/api/financial/recurring//history", recurring);
            }
            for (int i = 0; i < rows; i++) {
                day++;
                String date = LocalDate.now().minusDays(day).toString();
                String category = unique("Category");
                post("/api/financial/categories", Map.of("name", category));
                long other = post("/api/financial/accounts", Map.of("name", unique("Account"), "kind", "savings", "openingBalance", "0"));
                post("/api/financial/transactions", Map.of("accountId", account, "date", date, "amount", "-12.50",
                        "description", unique("Groceries"), "category", category, "tags", List.of("food", "week")));
                post("/api/financial/transactions", Map.of("accountId", account, "date", date, "amount", "-5", "type", "transfer",
                        "transferAccountId", other, "description", unique("Saving")));
                post("/api/financial/rules", Map.of("field", "payee", "operator", "contains", "pattern", unique("shop"), "category", category));
                post("/api/financial/budgets", Map.of("category", category, "monthlyLimit", "300"));
                post("/api/financial/bills", Map.of("name", unique("Bill"), "amount", "-20", "accountId", account,
                        "frequency", "monthly", "dayOfMonth", 1 + i % 28, "startDate", date));
                post("/api/financial/recurring", Map.of("name", unique("Rent"), "amount", "-700", "accountId", account,
                        "frequency", "monthly", "dayOfMonth", 1 + i % 28, "startDate", date));
                long otherGoal = post("/api/financial/goals", Map.of("name", unique("Goal"), "targetAmount", "500"));
                post("/api/financial/goals/" + goal + "/contributions", Map.of("amount", "10", "date", date));
                post("/api/financial/goals/" + otherGoal + "/contributions", Map.of("amount", "10", "date", date));

                long otherHabit = post("/api/habits", Map.of("name", unique("Habit"), "reminderTimes", List.of("07:00", "19:00"),
                        "schedule", Map.of("type", "weekdays", "weekdays", List.of("MONDAY", "FRIDAY"))));
                post("/api/habits", Map.of("name", unique("Habit"), "schedule", Map.of("type", "timesPerWeek", "times", 3)));
                given().contentType(ContentType.JSON).body(Map.of("date", date)).post("/api/habits/" + habit + "/completions")
                        .then().statusCode(200);
                given().contentType(ContentType.JSON).body(Map.of("date", date)).post("/api/habits/" + otherHabit + "/completions")
                        .then().statusCode(200);

                long otherMedication = post("/api/meds", Map.of("name", unique("Med"), "dosage", "1 mg", "form", "capsule",
                        "times", List.of("09:00"), "stock", 100));
                for (long med : List.of(medication, otherMedication)) {
                    given().contentType(ContentType.JSON).body(Map.of("force", true)).post("/api/meds/" + med + "/take").then().statusCode(200);
                    given().contentType(ContentType.JSON).body(Map.of("quantity", 10)).post("/api/meds/" + med + "/refills")
                            .then().statusCode(201);
                }
                post("/api/people", Map.of("name", unique("Person")));
                users.create("statements", Role.MEMBER);
            }
        }

        private long post(String path, Map<String, ?> body) {
            Response response = given().contentType(ContentType.JSON).body(body).post(path);
            assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(201);
            return response.jsonPath().getLong("id");
        }

        private String unique(String prefix) {
            return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
