package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.security.audit.AuditLog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An outsider, with no account, put the NUL character into a username: the user lookup failed in
 * PostgreSQL, and the login form and HTTP Basic answered 500 with an ERROR and a stack trace in the
 * log, uncounted by the login throttle (a failed lookup is not held against anyone). It is a wrong
 * login like any other: refused, audited, throttled.
 */
@QuarkusTest
class NulInCredentialsTest {

    private static final String NUL_NAME = "adm\u0000in";

    @Inject
    AuditLog audit;

    @Test
    void aNulInTheLoginFormsUsernameIsAWrongLoginThatTheThrottleCounts() {
        String from = "203.0.113.77";
        for (int attempt = 1; attempt <= LoginRaceTest.FREE_ATTEMPTS; attempt++) {
            assertThat(LoginRaceTest.attempt(NUL_NAME, "guess " + attempt, from).then().extract().statusCode())
                    .as("attempt %d", attempt).isEqualTo(302);
        }
        assertThat(LoginRaceTest.attempt(NUL_NAME, "one more", from).then().extract().statusCode()).isEqualTo(429);
        assertThat(audit.latest(200)).anySatisfy(event -> {
            assertThat(event.action).isEqualTo("login_failed");
            assertThat(event.target).isEqualTo("adm\\u0000in");
        });
    }

    @Test
    void aNulInHttpBasicIsA401Problem() {
        String credentials = Base64.getEncoder().encodeToString(("root\u0000:password").getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + credentials).header("X-Forwarded-For", "203.0.113.78")
                .contentType(ContentType.JSON).body("{\"name\": \"stolen\"}")
                .when().post("/api/tokens")
                .then().statusCode(401);
    }
}
