package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's login as an outsider sees it: the session cookie the login form sets, and the CSRF
 * cookie the first API call adds. {@link #request()} sends both as the dashboard's scripts would.
 */
public record BrowserLogin(String session, String csrf) {

    public static final String SESSION_COOKIE = "quarkus-credential";
    public static final String CSRF_COOKIE = "kilo-csrf";

    public static Response submit(String username, String password) {
        return given().redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .when().post("/j_security_check");
    }

    public static BrowserLogin of(String username, String password) {
        String session = submit(username, password).then().statusCode(302).extract().cookie(SESSION_COOKIE);
        assertThat(session).as("the login form must set the session cookie").isNotNull();
        String csrf = given().cookie(SESSION_COOKIE, session).when().get("/api/users/me")
                .then().statusCode(200).extract().cookie(CSRF_COOKIE);
        assertThat(csrf).as("a session must be given a CSRF cookie").isNotNull();
        return new BrowserLogin(session, csrf);
    }

    /** A call from the app's own pages: the session and the CSRF proof. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, csrf).header("X-CSRF-Token", csrf);
    }

    /** The session cookie alone, as a replayed or forged request would carry it. */
    public RequestSpecification cookieOnly() {
        return given().redirects().follow(false).cookie(SESSION_COOKIE, session);
    }
}
