package org.kiloguardian.gateway.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.database.EventLoopJdbcGuard;
import org.kiloguardian.gateway.realtime.auth.AuthenticatedSocketTest;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.socket.client.IO;
import io.socket.client.Socket;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * No database call runs on a Vert.x event loop, on any way in: every authentication path (each needs
 * the database) is taken for real and must succeed without the guard counting a connection taken on
 * an event loop. In tests the guard also makes such an acquisition fail, so a path that moved its
 * lookup onto the event loop would fail here twice over; the first test shows the guard tripping.
 */
@QuarkusTest
@TestProfile(AuthenticatedSocketTest.AuthRequired.class)
class NoDatabaseOnTheEventLoopTest {

    @Inject
    EventLoopJdbcGuard guard;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Vertx vertx;

    @Inject
    HouseholdUsers users;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aConnectionTakenOnTheEventLoopTripsTheGuard() throws Exception {
        long before = guard.violations();
        CompletableFuture<Boolean> onEventLoop = new CompletableFuture<>();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        // called from a thread outside Vert.x, runOnContext runs on an event loop
        vertx.runOnContext(nothing -> {
            onEventLoop.complete(Context.isOnEventLoopThread());
            try (Connection connection = dataSource.getConnection()) {
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(e);
            }
        });

        assertThat(onEventLoop.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event loop thread vert.x-eventloop-thread");
        assertThat(guard.violations()).isEqualTo(before + 1);

        // the same on a worker thread is fine
        vertx.executeBlocking(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(2);
            }
        }).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(guard.violations()).isEqualTo(before + 1);
    }

    @Test
    void everyWayOfLoggingInChecksTheDatabaseOffTheEventLoop() throws Exception {
        long before = guard.violations();
        String member = users.create("event-loop", Role.MEMBER);

        // HTTP Basic, accepted on POST /api/tokens only
        String token = HouseholdUsers.tokenFor(member);
        // the bearer token on a REST call
        given().auth().oauth2(token).when().get("/api/habits").then().statusCode(200);
        // the login form, then its session cookie on a REST call
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", member).formParam("password", HouseholdUsers.PASSWORD)
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        given().cookie("quarkus-credential", session).when().get("/api/habits").then().statusCode(200);
        // the real-time channel: a token in the CONNECT (both transports), and the session cookie
        for (String transport : new String[] {"websocket", "polling"}) {
            IO.Options options = options(transport);
            options.auth = Map.of("token", token);
            assertConnects(options);
        }
        IO.Options withCookie = options("polling");
        withCookie.extraHeaders = Map.of("Cookie", List.of("quarkus-credential=" + session));
        assertConnects(withCookie);
        // the readiness probe asks the database too
        given().when().get("/q/health/ready").then().statusCode(200);

        assertThat(guard.violations()).as("connections taken on an event loop").isEqualTo(before);
    }

    private static IO.Options options(String transport) {
        return IO.Options.builder().setForceNew(true).setTransports(new String[] {transport}).setReconnection(false).build();
    }

    private void assertConnects(IO.Options options) throws Exception {
        Socket socket = IO.socket(base, options);
        CompletableFuture<Object> greeted = new CompletableFuture<>();
        socket.on("connected", greeted::complete);
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> greeted.completeExceptionally(new AssertionError("refused: " + args[0])));
        socket.connect();
        try {
            greeted.get(10, TimeUnit.SECONDS);
        } finally {
            socket.close();
        }
    }
}
