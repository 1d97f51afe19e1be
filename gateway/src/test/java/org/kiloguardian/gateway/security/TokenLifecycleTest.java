package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.database.HeldRow;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.recent.RecentChecks;
import org.kiloguardian.security.token.ApiToken;
import org.kiloguardian.testsupport.SqlStatements;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TokenLifecycleTest {

    @Inject
    HouseholdUsers users;
    @Inject
    HeldRow row;
    @Inject
    EntityManagerFactory entityManagers;
    @TestHTTPResource("/")
    URI base;

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRevocable() {
        String member = users.create("anna", Role.MEMBER);
        int id = given().auth().preemptive().basic(member, HouseholdUsers.PASSWORD)
                .contentType(ContentType.JSON).body("{\"name\":\"kitchen script\",\"expiresInDays\":30}")
                .when().post("/api/tokens")
                .then().statusCode(201)
                .header("Location", containsString("/api/tokens/"))
                .body("name", equalTo("kitchen script"))
                .body("token", startsWith("kg_"))
                .body("expiresAt", not(nullValue()))
                .extract().path("id");
        String token = given().auth().preemptive().basic(member, HouseholdUsers.PASSWORD)
                .contentType(ContentType.JSON).body("{\"name\":\"second\"}")
                .when().post("/api/tokens").then().statusCode(201).extract().path("token");

        given().auth().oauth2(token).when().get("/api/tokens")
                .then().statusCode(200)
                .body("name", hasItem("kitchen script"))
                .body("find { it.id == " + id + " }.token", nullValue())
                .body("find { it.id == " + id + " }.owner", equalTo(member));

        given().auth().oauth2(token).when().get("/api/habits").then().statusCode(200);

        given().auth().oauth2(token).when().delete("/api/tokens/{id}", extractOwnId(token)).then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/habits").then().statusCode(401);
    }

    @Test
    void aTokenCannotMintAnotherToken() {
        String token = HouseholdUsers.tokenFor(users.create("bert", Role.MEMBER));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"more\"}")
                .when().post("/api/tokens")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = HouseholdUsers.tokenFor(users.create("carl", Role.MEMBER));
        given().auth().oauth2(token).when().get("/api/habits").then().statusCode(200);
        expireAllTokens();
        given().auth().oauth2(token).when().get("/api/habits").then().statusCode(401);
    }

    @Test
    void anUnknownTokenIsRefused() {
        given().auth().oauth2("kg_not-a-real-token").when().get("/api/habits").then().statusCode(401);
    }

    @Test
    void basicAuthenticationIsAcceptedOnlyToCreateAToken() {
        String member = users.create("dora", Role.MEMBER);
        given().auth().preemptive().basic(member, HouseholdUsers.PASSWORD)
                .when().get("/api/habits")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void membersCannotManageUsersButAdminsCan() {
        String memberToken = HouseholdUsers.tokenFor(users.create("emil", Role.MEMBER));
        String adminToken = HouseholdUsers.tokenFor(users.create("fran", Role.ADMIN));

        given().auth().oauth2(memberToken).when().get("/api/users").then().statusCode(403);
        given().auth().oauth2(memberToken).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(memberToken).when().get("/api/users/me").then().statusCode(200).body("role", equalTo("member"));

        given().auth().oauth2(adminToken).when().get("/api/users").then().statusCode(200);
        given().auth().oauth2(adminToken).when().get("/api/audit").then().statusCode(200)
                .body("action", hasItem("token_created"));
    }

    /**
     * A script's requests arriving all at once (after a restart, or any change of access) wait for one
     * lookup of their token, not one each: the token's row is held locked meanwhile, as a slow
     * database would, so that all of them reach the check at the same time.
     */
    @Test
    void requestsOfOneTokenArrivingAtOnceShareOneLookup() throws Exception {
        String member = users.create("burst", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(member);
        int requests = 20;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest today = HttpRequest.newBuilder(base.resolve("/api/habits/today")).header("Authorization", "Bearer " + token).build();
        List<Integer> statuses = new ArrayList<>();
        long statements = SqlStatements.during(entityManagers, () -> {
            List<CompletableFuture<HttpResponse<Void>>> answers = users.startedWhileTokensLocked(member, Duration.ofMillis(1500),
                    () -> IntStream.range(0, requests).mapToObj(i -> client.sendAsync(today, BodyHandlers.discarding())).toList());
            for (CompletableFuture<HttpResponse<Void>> answer : answers) {
                statuses.add(answer.get(10, TimeUnit.SECONDS).statusCode());
            }
        });
        assertThat(statuses).as("statuses").hasSize(requests).containsOnly(200);
        assertThat(statements).as("statements of %d requests of one token at once", requests).isLessThan(requests);
    }

    /**
     * A leaked token used at the moment the household revokes it: the check read the token before the
     * revocation committed and recorded its use after it. That write used to put back every column as
     * the check had read it, the revocation included, and the leaked token worked again.
     */
    @Test
    void aTokenRevokedWhileItIsBeingUsedStaysRevoked() throws Exception {
        String member = users.create("leak", Role.MEMBER);
        String revoker = HouseholdUsers.tokenFor(member);
        HouseholdUsers.CreatedToken leaked = HouseholdUsers.createToken(member, "leaked");
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<Void>>> answers = row.whileLocked("security.api_token", leaked.id(), List.of(
                // the revocation is announced and waits to write the row
                () -> HouseholdUsers.revoking(base, revoker, leaked.id()).join(),
                // reads the token before the revocation commits, then waits to record its first use
                () -> client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/habits/today"))
                        .header("Authorization", "Bearer " + leaked.secret()).build(), BodyHandlers.discarding()).join()));
        assertThat(answers.get(0).get(10, TimeUnit.SECONDS).statusCode()).as("revoked").isEqualTo(204);
        answers.get(1).get(10, TimeUnit.SECONDS); // whatever it was answered: it overlapped the revocation

        given().auth().oauth2(leaked.secret()).when().get("/api/habits/today").then().statusCode(401);
    }

    private static int extractOwnId(String token) {
        return given().auth().oauth2(token).when().get("/api/tokens")
                .then().statusCode(200).extract().path("find { it.name == 'second' }.id");
    }

    @Inject
    RecentChecks recent;

    /**
     * As if every token had been issued with a lifetime that is over now. The app never moves a
     * token's expiry (a token checked a moment ago is kept with the expiry it was issued with, and
     * refused from then on), so a test that does forgets what was checked, as a change would.
     */
    void expireAllTokens() {
        expireAllTokensInTheDatabase();
        recent.forgetAll();
    }

    @Transactional
    void expireAllTokensInTheDatabase() {
        ApiToken.update("expiresAt = ?1 where revokedAt is null", Instant.now().minusSeconds(1));
    }
}
