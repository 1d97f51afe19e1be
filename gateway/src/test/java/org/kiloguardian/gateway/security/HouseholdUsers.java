package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.kiloguardian.security.account.AccountService;
import org.kiloguardian.security.account.NewAccount;
import org.kiloguardian.security.account.Role;
import org.kiloguardian.security.audit.Actor;

import io.restassured.http.ContentType;

/** Creates real users and real tokens for HTTP tests, through the same services the app uses. */
@ApplicationScoped
public class HouseholdUsers {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;

    HouseholdUsers(AccountService accounts) {
        this.accounts = accounts;
    }

    public String create(String prefix, Role role) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        accounts.create(new NewAccount(username, prefix, PASSWORD, role), Actor.system());
        return username;
    }

    /** A personal API token for the user, created over HTTP Basic as a script would. */
    public static String tokenFor(String username) {
        return given().auth().preemptive().basic(username, PASSWORD)
                .contentType(ContentType.JSON).body("{\"name\":\"test\"}")
                .when().post("/api/tokens")
                .then().statusCode(201)
                .extract().path("token");
    }
}
