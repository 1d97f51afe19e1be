package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The browser's way in: the login form's session cookie, CSRF protection, throttling and logout. */
@QuarkusTest
class BrowserSessionTest {

    static final String SESSION = "quarkus-credential";

    @Inject
    HouseholdUsers users;

    static Response login(String username, String password) {
        return login(username, password, "127.0.0.1");
    }

    static Response login(String username, String password, String fromAddress) {
        return given().redirects().follow(false).header("X-Forwarded-For", fromAddress)
                .contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .when().post("/j_security_check");
    }

    @Test
    void theLoginFormOpensASessionThatReadsTheApi() {
        String member = users.create("gina", Role.MEMBER);
        Response login = login(member, HouseholdUsers.PASSWORD);
        login.then().statusCode(302).header("Location", endsWith("/"));
        String session = login.cookie(SESSION);
        assertThat(session).isNotNull();

        given().cookie(SESSION, session).when().get("/api/habits").then().statusCode(200);
    }

    @Test
    void aWrongPasswordOpensNoSession() {
        String member = users.create("hugo", Role.MEMBER);
        Response login = login(member, "not the password");
        login.then().statusCode(302).header("Location", containsString("/login?error"));
        assertThat(login.cookie(SESSION)).isNull();
    }

    @Test
    void aSessionChangeWithoutTheCsrfTokenIsRejected() {
        String member = users.create("ida", Role.MEMBER);
        String session = login(member, HouseholdUsers.PASSWORD).cookie(SESSION);
        String csrf = given().cookie(SESSION, session).when().get("/api/habits").then().statusCode(200)
                .extract().cookie("kilo-csrf");
        assertThat(csrf).as("a session must be given a CSRF cookie").isNotNull();

        given().cookie(SESSION, session).cookie("kilo-csrf", csrf)
                .contentType(ContentType.JSON).body("{\"name\":\"from a forged form\"}")
                .when().post("/api/tokens")
                .then().statusCode(403).contentType("application/problem+json");

        given().cookie(SESSION, session).cookie("kilo-csrf", csrf).header("X-CSRF-Token", "guessed")
                .contentType(ContentType.JSON).body("{\"name\":\"guessed\"}")
                .when().post("/api/tokens")
                .then().statusCode(403);

        given().cookie(SESSION, session).cookie("kilo-csrf", csrf).header("X-CSRF-Token", csrf)
                .contentType(ContentType.JSON).body("{\"name\":\"from the dashboard\"}")
                .when().post("/api/tokens")
                .then().statusCode(201);
    }

    @Test
    void bruteForceIsSlowedDownEvenForTheRightPassword() {
        String member = users.create("jan", Role.MEMBER);
        String guesser = "203.0.113.53";
        for (int attempt = 0; attempt < 5; attempt++) {
            login(member, "guess " + attempt, guesser).then().statusCode(302).header("Location", containsString("/login?error"));
        }
        login(member, "guess 5", guesser).then().statusCode(429);
        // the right password right after a burst of wrong ones is not even checked
        Response login = login(member, HouseholdUsers.PASSWORD, guesser);
        login.then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(login.cookie(SESSION)).isNull();

        String adminToken = HouseholdUsers.tokenFor(users.create("kim", Role.ADMIN));
        given().auth().oauth2(adminToken).when().get("/api/audit?limit=200")
                .then().statusCode(200)
                .body("action", hasItem("login_failed"))
                .body("action", hasItem("login_throttled"))
                .body("toString()", org.hamcrest.Matchers.not(containsString(HouseholdUsers.PASSWORD)));
    }

    @Test
    void logoutForgetsTheSession() {
        String member = users.create("lea", Role.MEMBER);
        String session = login(member, HouseholdUsers.PASSWORD).cookie(SESSION);

        Response logout = given().redirects().follow(false).cookie(SESSION, session).when().get("/logout");
        logout.then().statusCode(303).header("Location", "/login");
        assertThat(logout.getDetailedCookie(SESSION)).isNotNull();
        assertThat(logout.getDetailedCookie(SESSION).getMaxAge()).isEqualTo(0);
    }

    @Test
    void behindTheHttpsIngressTheSessionAndCsrfCookiesAreSecure() {
        String member = users.create("tls", Role.MEMBER);
        // what Traefik adds in front of the app when the browser came over HTTPS
        Response login = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .contentType(ContentType.URLENC)
                .formParam("username", member).formParam("password", HouseholdUsers.PASSWORD)
                .when().post("/j_security_check");
        assertThat(login.getDetailedCookie(SESSION).isSecured()).as("session cookie over HTTPS").isTrue();
        Response api = given().header("X-Forwarded-Proto", "https").cookie(SESSION, login.cookie(SESSION)).when().get("/api/habits");
        assertThat(api.getDetailedCookie("kilo-csrf").isSecured()).as("CSRF cookie over HTTPS").isTrue();

        // plain HTTP (dev mode on the laptop) must still work: not Secure there
        Response plain = login(users.create("plain", Role.MEMBER), HouseholdUsers.PASSWORD);
        assertThat(plain.getDetailedCookie(SESSION).isSecured()).isFalse();
    }
}
