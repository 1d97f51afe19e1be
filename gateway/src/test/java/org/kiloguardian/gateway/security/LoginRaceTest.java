package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.AuditLog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The attack review raced the login throttle: about 200 wrong passwords sent at once were all
 * checked, because the wait was read before any failure was counted. An attempt must be reserved
 * before its password is hashed.
 */
@QuarkusTest
class LoginRaceTest {

    static final int ATTEMPTS = 200;
    static final int FREE_ATTEMPTS = 5;

    @Inject
    HouseholdUsers users;

    @Inject
    AuditLog audit;

    static Response attempt(String username, String password, String fromAddress) {
        return given().redirects().follow(false)
                .header("X-Forwarded-For", fromAddress)
                .contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .when().post("/j_security_check");
    }

    @Test
    void twoHundredParallelGuessesGetFivePasswordChecksAndTheRestAreRefused() throws Exception {
        String member = users.create("raced", Role.MEMBER);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            int guess = i;
            replies.add(pool.submit(() -> {
                start.await();
                return attempt(member, "guess number " + guess, "203.0.113.5").statusCode();
            }));
        }
        start.countDown();
        int refused = 0;
        int checked = 0;
        for (Future<Integer> reply : replies) {
            int status = reply.get();
            if (status == 429) {
                refused++;
            } else {
                assertThat(status).isEqualTo(302);
                checked++;
            }
        }
        pool.shutdown();

        long passwordChecks = audit.latest(1000).stream()
                .filter(event -> member.equals(event.target) && "login_failed".equals(event.action)).count();
        assertThat(passwordChecks).isLessThanOrEqualTo(FREE_ATTEMPTS);
        assertThat(checked).isEqualTo((int) passwordChecks);
        assertThat(refused).isEqualTo(ATTEMPTS - checked);

        // the household is not locked out: once the short window has passed, the right password
        // from the household's own device works
        Thread.sleep(2_500);
        Response login = attempt(member, HouseholdUsers.PASSWORD, "198.51.100.20");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        assertThat(login.cookie(BrowserLogin.SESSION_COOKIE)).isNotNull();
    }

    @Test
    void aThrottledAttemptSaysWhenToComeBack() {
        String member = users.create("patient", Role.MEMBER);
        for (int i = 0; i < FREE_ATTEMPTS; i++) {
            attempt(member, "wrong " + i, "203.0.113.6").then().statusCode(302);
        }
        Response refused = attempt(member, "wrong again", "203.0.113.6");
        refused.then().statusCode(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void aThrottledScriptUsingBasicGetsTooManyRequests() {
        String member = users.create("basicguess", Role.MEMBER);
        for (int i = 0; i < FREE_ATTEMPTS; i++) {
            given().header("X-Forwarded-For", "203.0.113.52").auth().preemptive().basic(member, "wrong " + i).contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                    .when().post("/api/tokens").then().statusCode(401);
        }
        given().header("X-Forwarded-For", "203.0.113.52").auth().preemptive().basic(member, HouseholdUsers.PASSWORD).contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().post("/api/tokens")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }
}
