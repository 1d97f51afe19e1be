package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.AuditLog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A leaked API token must not become a household account: no new users, no passwords and no roles
 * changed with a token (only in the browser, where the user has logged in with a password), and
 * guessing the current password to change it is throttled and audited like a login.
 */
@QuarkusTest
class TokenTakeoverTest {

    @Inject
    HouseholdUsers users;

    @Inject
    AuditLog audit;

    @Test
    void anAdminTokenCannotCreateAUser() {
        String token = HouseholdUsers.tokenFor(users.create("tokadmin", Role.ADMIN));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"username\":\"intruder\",\"displayName\":\"Intruder\",\"password\":\"intruder password\",\"role\":\"admin\"}")
                .when().post("/api/users")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("browser"));
        assertThat(users.exists("intruder")).isFalse();
    }

    @Test
    void anAdminTokenCannotResetAnotherUsersPasswordOrRole() {
        String token = HouseholdUsers.tokenFor(users.create("tokadmin2", Role.ADMIN));
        long victim = users.idOf(users.create("victim", Role.MEMBER));
        for (String change : new String[] {"{\"password\":\"taken over now\"}", "{\"role\":\"admin\"}",
                "{\"displayName\":\"x\",\"password\":\"taken over now\"}"}) {
            for (String method : new String[] {"PATCH", "PUT"}) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                        .when().request(method, "/api/users/{id}", victim)
                        .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("browser"));
            }
        }
        given().auth().oauth2(token).when().get("/api/users/{id}", victim).then().statusCode(200).body("role", org.hamcrest.Matchers.equalTo("member"));
    }

    @Test
    void aTokenCannotChangeItsOwnersPassword() {
        String member = users.create("tokmember", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(member);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"currentPassword\":\"" + HouseholdUsers.PASSWORD + "\",\"newPassword\":\"taken over now\"}")
                .when().put("/api/users/me/password")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("browser"));
        BrowserLogin.of(member, HouseholdUsers.PASSWORD);
    }

    @Test
    void aTokenMayStillRenameAUser() {
        String token = HouseholdUsers.tokenFor(users.create("tokrename", Role.ADMIN));
        long other = users.idOf(users.create("renamed", Role.MEMBER));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"displayName\":\"Grandpa\"}")
                .when().patch("/api/users/{id}", other).then().statusCode(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledAndAudited() {
        String member = users.create("pwguess", Role.MEMBER);
        BrowserLogin stolen = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            io.restassured.response.Response answer = stolen.request().header("X-Forwarded-For", "203.0.113.51").contentType(ContentType.JSON)
                    .body("{\"currentPassword\":\"guess " + i + "\",\"newPassword\":\"taken over now\"}")
                    .put("/api/users/me/password");
            int status = answer.statusCode();
            assertThat(status).isIn(403, 429);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.jsonPath().getInt("status")).isEqualTo(status);
            assertThat(answer.jsonPath().getString("instance")).isEqualTo("/api/users/me/password");
            if (status == 429) {
                refused++;
                // a script must know how long to wait: the header and the detail agree
                String retryAfter = answer.header("Retry-After");
                assertThat(Long.parseLong(retryAfter)).isPositive();
                assertThat(answer.jsonPath().getString("title")).isEqualTo("Too Many Requests");
                assertThat(answer.jsonPath().getString("detail")).isEqualTo("Too many failed attempts: try again in " + retryAfter + " s");
            } else {
                assertThat(answer.header("Retry-After")).isNull();
                assertThat(answer.jsonPath().getString("title")).isEqualTo("Forbidden");
                assertThat(answer.jsonPath().getString("detail")).isEqualTo("The current password is not correct.");
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(3);
        long failures = audit.latest(1000).stream()
                .filter(event -> member.equals(event.target) && "password_change_failed".equals(event.action)).count();
        assertThat(failures).isEqualTo(8 - refused);
        assertThat(audit.latest(1000).stream()
                .filter(event -> member.equals(event.target) && "password_change_throttled".equals(event.action)).count())
                .isEqualTo(refused);
    }
}
