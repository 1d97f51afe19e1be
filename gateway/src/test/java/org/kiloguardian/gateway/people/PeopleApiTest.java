package org.kiloguardian.gateway.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.Actor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The household's people over real HTTP, as real logins with real tokens. */
@QuarkusTest
class PeopleApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final long UNKNOWN = 987_654_321L;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Inject
    HouseholdUsers users;
    @Inject
    UserService accounts;
    @Inject
    LoginPeople loginPeople;

    /** A real login: its token, its user id and the person it got. */
    record Login(String username, String token, long userId, long personId) {
        RequestSpecification as() {
            return given().auth().oauth2(token);
        }
    }

    private Login login(String prefix, Role role) {
        String username = users.create(prefix, role);
        String token = HouseholdUsers.tokenFor(username);
        long personId = ((Number) given().auth().oauth2(token).get("/api/people/me").then().statusCode(200)
                .extract().path("id")).longValue();
        return new Login(username, token, users.idOf(username), personId);
    }

    private static String unique(String name) {
        return name + " " + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private static long created(RequestSpecification request, String path, Object body) {
        return ((Number) request.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .extract().path("id")).longValue();
    }

    @Test
    void everyLoginGetsItsOwnPersonNamedAfterIt() {
        String username = users.create("Rosalind", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(username);

        given().auth().oauth2(token).get("/api/people/me").then().statusCode(200)
                .body("name", startsWith("Rosalind"))
                .body("userId", equalTo((int) users.idOf(username)))
                .body("color", matchesPattern("#[0-9a-f]{6}"))
                .body("active", equalTo(true))
                .body("caregiverUserIds", equalTo(List.of()));
    }

    @Test
    void anAdminAddsSomeoneWithoutALoginAndEveryoneSeesThem() {
        Login admin = login("parent", Role.ADMIN);
        Login member = login("teen", Role.MEMBER);
        String name = unique("Mia");

        String location = admin.as().contentType(ContentType.JSON)
                .body(Map.of("name", name, "color", "#FB8C00", "caregiverUserIds", List.of(admin.userId())))
                .post("/api/people").then().statusCode(201)
                .header("Location", containsString("/api/people/"))
                .body("name", equalTo(name)).body("color", equalTo("#fb8c00")).body("userId", nullValue())
                .body("caregiverUserIds", equalTo(List.of((int) admin.userId())))
                .extract().header("Location");
        member.as().get(location).then().statusCode(200).body("name", equalTo(name));
        member.as().get("/api/people").then().statusCode(200).body("name", hasItem(name));

        member.as().contentType(ContentType.JSON).body(Map.of("name", unique("Baby")))
                .post("/api/people").then().statusCode(403).contentType(PROBLEM);
        admin.as().contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase()))
                .post("/api/people").then().statusCode(409).contentType(PROBLEM).body("detail", startsWith("name: "));
    }

    @Test
    void unknownLoginsAndBadFieldsAre400sNamingTheField() {
        Login admin = login("parent", Role.ADMIN);
        admin.as().contentType(ContentType.JSON).body(Map.of("name", unique("Ben"), "userId", UNKNOWN))
                .post("/api/people").then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("userId")));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", unique("Ben"), "caregiverUserIds", List.of(admin.userId(), UNKNOWN)))
                .post("/api/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field[0]", startsWith("caregiverUserIds[1]"));
        admin.as().contentType(ContentType.JSON).body(Map.of("name", " ", "color", "blue"))
                .post("/api/people").then().statusCode(400).body("errors.field", equalTo(List.of("color", "name")));
        admin.as().contentType("application/merge-patch+json").body("{\"userId\": \"somebody\"}")
                .patch("/api/people/{id}", admin.personId()).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("userId")));
        admin.as().get("/api/people/{id}", UNKNOWN).then().statusCode(404).contentType(PROBLEM);
        admin.as().get("/api/people?active=maybe").then().statusCode(400).body("detail", startsWith("active: "));
    }

    @Test
    void aLoginHasAtMostOnePerson() {
        Login admin = login("parent", Role.ADMIN);
        admin.as().contentType(ContentType.JSON).body(Map.of("name", unique("Twin"), "userId", admin.userId()))
                .post("/api/people").then().statusCode(409).contentType(PROBLEM).body("detail", startsWith("userId: "));
    }

    @Test
    void aMemberEditsTheirOwnPersonOnly() {
        Login member = login("dad", Role.MEMBER);
        Login other = login("grandma", Role.MEMBER);
        String newName = unique("Dad");

        member.as().contentType("application/merge-patch+json").body(Map.of("name", newName, "color", "#00897b"))
                .patch("/api/people/{id}", member.personId()).then().statusCode(200)
                .body("name", equalTo(newName)).body("color", equalTo("#00897b")).body("userId", equalTo((int) member.userId()));
        member.as().contentType("application/merge-patch+json").body(Map.of("name", unique("Not grandma")))
                .patch("/api/people/{id}", other.personId()).then().statusCode(403).contentType(PROBLEM);
        member.as().delete("/api/people/{id}", other.personId()).then().statusCode(403).contentType(PROBLEM);
    }

    /**
     * A member who made themselves another person's caregiver would get that person's medication
     * reminders on their own screens: only admins change anyone but themselves.
     */
    @Test
    void aMemberCannotMakeThemselvesAnotherPersonsCaregiver() {
        Login admin = login("parent", Role.ADMIN);
        Login member = login("lodger", Role.MEMBER);
        long grandma = created(admin.as(), "/api/people", Map.of("name", unique("Grandma")));

        member.as().contentType(ContentType.JSON).body(Map.of("caregiverUserIds", List.of(member.userId())))
                .patch("/api/people/{id}", grandma).then().statusCode(403).contentType(PROBLEM);

        admin.as().get("/api/people/{id}", grandma).then().statusCode(200).body("caregiverUserIds", equalTo(List.of()));
    }

    /** Moving one's login onto another person would make their reminders one's own: admins only. */
    @Test
    void aMemberCannotMoveTheirLoginOntoAnotherPersonNorDeactivateThemselves() {
        Login admin = login("parent", Role.ADMIN);
        Login member = login("lodger", Role.MEMBER);
        long grandma = created(admin.as(), "/api/people", Map.of("name", unique("Grandma")));

        member.as().contentType(ContentType.JSON).body(Map.of("userId", member.userId()))
                .patch("/api/people/{id}", grandma).then().statusCode(403);
        member.as().contentType(ContentType.JSON).body("{\"userId\": null}")
                .patch("/api/people/{id}", member.personId()).then().statusCode(403).body("detail", startsWith("userId: "));
        member.as().contentType(ContentType.JSON).body("{\"active\": false}")
                .patch("/api/people/{id}", member.personId()).then().statusCode(403).body("detail", startsWith("active: "));

        member.as().get("/api/people/me").then().statusCode(200).body("id", equalTo((int) member.personId()));
        admin.as().get("/api/people/{id}", grandma).then().body("userId", nullValue());
    }

    @Test
    void someoneWithHistoryIsDeactivatedNotDeleted() {
        Login admin = login("parent", Role.ADMIN);
        long grandpa = created(admin.as(), "/api/people", Map.of("name", unique("Grandpa")));
        created(admin.as(), "/api/habits", Map.of("name", unique("Crossword"), "personId", grandpa));

        admin.as().delete("/api/people/{id}", grandpa).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("1 habit")).body("detail", containsString("\"active\": false"));
        admin.as().contentType(ContentType.JSON).body("{\"active\": false}")
                .patch("/api/people/{id}", grandpa).then().statusCode(200).body("active", equalTo(false));
        admin.as().get("/api/people?active=true").then().body("id", not(hasItem((int) grandpa)));
        admin.as().get("/api/people?active=false").then().body("id", hasItem((int) grandpa));

        admin.as().delete("/api/people/{id}", admin.personId()).then().statusCode(409).body("detail", containsString("login"));

        long typo = created(admin.as(), "/api/people", Map.of("name", unique("Grnadpa")));
        admin.as().delete("/api/people/{id}", typo).then().statusCode(204);
        admin.as().get("/api/people/{id}", typo).then().statusCode(404);
    }

    @Test
    void aRemovedLoginLeavesItsPersonWithoutALogin() {
        Login gone = login("visitor", Role.MEMBER);
        Login admin = login("parent", Role.ADMIN);
        long mia = created(admin.as(), "/api/people", Map.of("name", unique("Mia"), "caregiverUserIds", List.of(gone.userId())));

        accounts.delete(gone.userId(), Actor.system());

        admin.as().get("/api/people/{id}", gone.personId()).then().statusCode(200).body("userId", nullValue());
        admin.as().get("/api/people/{id}", mia).then().statusCode(200).body("caregiverUserIds", equalTo(List.of()));
    }

    @Test
    void habitsBelongToSomeoneAndListsFilterByPerson() {
        Login admin = login("parent", Role.ADMIN);
        Login ben = login("ben", Role.MEMBER);
        long mia = created(admin.as(), "/api/people", Map.of("name", unique("Mia")));
        long piano = created(admin.as(), "/api/habits", Map.of("name", unique("Piano"), "personId", mia));
        long run = created(ben.as(), "/api/habits", Map.of("name", unique("Run"), "personId", ben.personId()));
        long dishes = created(ben.as(), "/api/habits", Map.of("name", unique("Dishes")));

        ben.as().get("/api/habits/{id}", piano).then().body("personId", equalTo((int) mia));
        ben.as().get("/api/habits/{id}", dishes).then().body("personId", nullValue());
        List<Integer> mias = ben.as().get("/api/habits?person=" + mia).then().statusCode(200).extract().path("id");
        assertThat(mias).isEqualTo(List.of((int) piano));
        List<Integer> mine = ben.as().get("/api/habits?person=me").then().statusCode(200).extract().path("id");
        assertThat(mine).isEqualTo(List.of((int) run));
        List<Integer> shared = ben.as().get("/api/habits?person=shared").then().statusCode(200).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(shared).contains((int) dishes).doesNotContain((int) piano, (int) run);
        List<Integer> all = ben.as().get("/api/habits").then().statusCode(200).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(all).contains((int) dishes, (int) piano, (int) run);

        List<Integer> today = ben.as().get("/api/habits/today?person=" + mia).then().statusCode(200).extract().path("id");
        assertThat(today).isEqualTo(List.of((int) piano));
        ben.as().get("/api/habits/today?person=" + mia).then().body("[0].personId", equalTo((int) mia));
        List<Integer> stats = ben.as().get("/api/habits/stats?person=me").then().statusCode(200).extract().path("habitId");
        assertThat(stats).isEqualTo(List.of((int) run));

        for (String path : List.of("/api/habits", "/api/habits/today", "/api/habits/stats")) {
            for (String wrong : List.of("everyone", "0", "-1", "1.5", "mia")) {
                ben.as().get(path + "?person=" + wrong).then().statusCode(400).contentType(PROBLEM)
                        .body("detail", startsWith("person: "));
            }
            ben.as().get(path + "?person=" + UNKNOWN).then().statusCode(400).contentType(PROBLEM)
                    .body("detail", equalTo("person: no person has the id " + UNKNOWN + "."));
        }
    }

    @Test
    void anUnknownOwnerIsA400NamingPersonIdAndWritesNothing() {
        Login ben = login("ben", Role.MEMBER);
        String name = unique("Ghost habit");
        ben.as().contentType(ContentType.JSON).body(Map.of("name", name, "personId", UNKNOWN))
                .post("/api/habits").then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("personId")));
        ben.as().get("/api/habits").then().body("name", not(hasItem(name)));
        long habit = created(ben.as(), "/api/habits", Map.of("name", name));
        ben.as().contentType("application/merge-patch+json").body(Map.of("personId", UNKNOWN))
                .patch("/api/habits/{id}", habit).then().statusCode(400).body("errors.field", equalTo(List.of("personId")));
        ben.as().contentType(ContentType.JSON).body(Map.of("name", name, "personId", UNKNOWN))
                .put("/api/habits/{id}", habit).then().statusCode(400).body("errors.field", equalTo(List.of("personId")));

        ben.as().contentType(ContentType.JSON).body(Map.of("name", unique("Ghost pills"), "times", List.of("08:00"), "personId", UNKNOWN))
                .post("/api/meds").then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("personId")));
        int med = ben.as().contentType(ContentType.JSON).body(Map.of("name", unique("Pills"), "times", List.of("08:00")))
                .post("/api/meds").then().statusCode(201).body("personId", nullValue()).extract().path("id");
        ben.as().contentType("application/merge-patch+json").body(Map.of("personId", UNKNOWN))
                .patch("/api/meds/{id}", med).then().statusCode(400).body("errors.field", equalTo(List.of("personId")));
        ben.as().contentType("application/merge-patch+json").body(Map.of("personId", ben.personId()))
                .patch("/api/meds/{id}", med).then().statusCode(200).body("personId", equalTo((int) ben.personId()));
    }

    @Test
    void medicationListsDueAndAdherenceFilterByPerson() {
        Login admin = login("parent", Role.ADMIN);
        long grandma = created(admin.as(), "/api/people", Map.of("name", unique("Grandma")));
        // a dose at midnight is due (or missed, still open) whenever the test runs
        long heart = created(admin.as(), "/api/meds", Map.of("name", unique("Ramipril"), "times", List.of("00:00"), "stock", 30,
                "personId", grandma));
        long mine = created(admin.as(), "/api/meds", Map.of("name", unique("Iron"), "times", List.of("00:00"), "stock", 30,
                "personId", admin.personId()));

        List<Integer> grandmas = admin.as().get("/api/meds?person=" + grandma).then().statusCode(200).extract().path("id");
        assertThat(grandmas).isEqualTo(List.of((int) heart));
        List<Integer> due = admin.as().get("/api/meds/due?person=" + grandma).then().statusCode(200).extract().path("medicationId");
        assertThat(due).isEqualTo(List.of((int) heart));
        admin.as().get("/api/meds/due?person=" + grandma).then().body("[0].personId", equalTo((int) grandma));
        List<Integer> myDue = admin.as().get("/api/meds/due?person=me").then().statusCode(200).extract().path("medicationId");
        assertThat(myDue).isEqualTo(List.of((int) mine));
        List<Integer> adherence = admin.as().get("/api/meds/adherence?person=" + grandma).then().statusCode(200)
                .extract().path("medications.medicationId");
        assertThat(adherence).isEqualTo(List.of((int) heart));
        List<Integer> sharedDue = admin.as().get("/api/meds/due?person=shared").then().statusCode(200).extract().path("medicationId");
        org.assertj.core.api.Assertions.assertThat(sharedDue).doesNotContain((int) heart, (int) mine);

        for (String path : List.of("/api/meds", "/api/meds/due", "/api/meds/adherence")) {
            admin.as().get(path + "?person=grandma").then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("person: "));
            admin.as().get(path + "?person=" + UNKNOWN).then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("person: "));
        }
    }

    @Test
    void theApiDescriptionListsPeopleAndThePersonParameter() {
        Login member = login("reader", Role.MEMBER);
        var openapi = member.as().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/people", "/api/people/me", "/api/people/{id}", "/api/habits/stats")) {
            org.assertj.core.api.Assertions.assertThat(openapi.getMap("paths")).containsKey(path);
        }
        org.assertj.core.api.Assertions.assertThat(openapi.getMap("paths.'/api/people/{id}'")).containsKeys("get", "patch", "delete");
        for (String path : List.of("/api/habits", "/api/habits/today", "/api/habits/stats", "/api/meds", "/api/meds/due",
                "/api/meds/adherence")) {
            List<String> parameters = openapi.getList("paths.'" + path + "'.get.parameters.name");
            org.assertj.core.api.Assertions.assertThat(parameters).as(path).contains("person");
        }
    }

    /** Logins older than people (or unlinked by an admin) get their person when the application starts. */
    @Test
    void atStartEveryLoginWithoutAPersonGetsOne() {
        Login admin = login("parent", Role.ADMIN);
        Login older = login("older", Role.MEMBER);
        admin.as().contentType(ContentType.JSON).body("{\"userId\": null}")
                .patch("/api/people/{id}", older.personId()).then().statusCode(200);
        older.as().get("/api/people/me").then().statusCode(404).contentType(PROBLEM);

        loginPeople.everyLoginHasAPerson(null);

        // the person it left, still of its name and without a login, takes it back
        older.as().get("/api/people/me").then().statusCode(200)
                .body("userId", equalTo((int) older.userId())).body("id", equalTo((int) older.personId()));
    }
}
