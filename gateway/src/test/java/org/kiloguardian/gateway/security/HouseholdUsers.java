package org.kiloguardian.gateway.security;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kiloguardian.security.user.UserService;
import org.kiloguardian.security.user.NewUser;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.security.audit.Actor;
import org.kiloguardian.security.recent.RecentChecks;
import org.kiloguardian.security.token.ApiToken;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;

/** Creates real users and real tokens for HTTP tests, through the same services the app uses. */
@ApplicationScoped
public class HouseholdUsers {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final UserService accounts;
    private final RecentChecks recent;
    private final AgroalDataSource dataSource;

    HouseholdUsers(UserService accounts, RecentChecks recent, AgroalDataSource dataSource) {
        this.accounts = accounts;
        this.recent = recent;
        this.dataSource = dataSource;
    }

    public String create(String prefix, Role role) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        accounts.create(new NewUser(username, prefix, PASSWORD, role), Actor.system());
        return username;
    }

    /**
     * Moves a token's expiry, as if it had been issued with that lifetime. The app itself never moves
     * one, so what it checked a moment ago (with the old expiry) is forgotten, as a change would.
     */
    public void expireToken(long tokenId, Instant at) {
        moveExpiry(tokenId, at);
        recent.forgetAll();
    }

    @Transactional
    void moveExpiry(long tokenId, Instant at) {
        ApiToken token = ApiToken.findById(tokenId);
        token.expiresAt = at;
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public long idOf(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    /**
     * Starts {@code callers} while the user's token rows are held locked for {@code hold}, as a slow
     * database would: a token never used yet records its first use, an UPDATE that waits for the lock,
     * so every caller started meanwhile reaches its token's check before the first one ends.
     */
    public <T> T startedWhileTokensLocked(String username, Duration hold, Callable<T> callers) throws Exception {
        return startedWhileLocked("SELECT id FROM security.api_token WHERE user_id = ? FOR UPDATE", idOf(username), hold, callers);
    }

    /** As {@link #startedWhileTokensLocked}, for one token's row: a write to it waits, a read does not. */
    public <T> T startedWhileTokenLocked(long tokenId, Duration hold, Callable<T> callers) throws Exception {
        return startedWhileLocked("SELECT id FROM security.api_token WHERE id = ? FOR UPDATE", tokenId, hold, callers);
    }

    private <T> T startedWhileLocked(String lockRows, long id, Duration hold, Callable<T> callers) throws Exception {
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement lock = slow.prepareStatement(lockRows)) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            T started = callers.call();
            Thread.sleep(hold.toMillis());
            slow.rollback();
            return started;
        }
    }

    /** Revokes a token over HTTP, as its owner's script would, without waiting for the answer. */
    public static CompletableFuture<HttpResponse<Void>> revoking(URI base, String ownersToken, long tokenId) {
        return HTTP.sendAsync(HttpRequest.newBuilder(base.resolve("/api/tokens/" + tokenId))
                .header("Authorization", "Bearer " + ownersToken).DELETE().build(), BodyHandlers.discarding());
    }

    /** A token's id and its secret, as its owner got them. */
    public record CreatedToken(long id, String secret) {
    }

    /** A personal API token for the user, created over HTTP Basic as a script would. */
    public static String tokenFor(String username) {
        return createToken(username, "test").secret();
    }

    public static CreatedToken createToken(String username, String name) {
        var created = given().auth().preemptive().basic(username, PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/tokens")
                .then().statusCode(201)
                .extract().jsonPath();
        return new CreatedToken(created.getLong("id"), created.getString("token"));
    }
}
