package org.kiloguardian.gateway.realtime.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.account.Role;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.socket.client.IO;
import io.socket.client.Socket;

/** The real-time channel as production runs it: a CONNECT needs a token or the browser session. */
@QuarkusTest
@TestProfile(AuthenticatedSocketTest.AuthRequired.class)
public class AuthenticatedSocketTest {

    public static class AuthRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kilo.realtime.auth.required", "true");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    HouseholdUsers users;

    private Socket open(Map<String, String> auth, String transport) {
        IO.Options options = IO.Options.builder().setForceNew(true).setTransports(new String[] {transport}).setReconnection(false).build();
        options.auth = auth;
        return IO.socket(base, options);
    }

    @Test
    void aClientWithoutCredentialsIsRefused() throws Exception {
        for (String transport : new String[] {"websocket", "polling"}) {
            Socket socket = open(Map.of(), transport);
            CompletableFuture<Object> refused = new CompletableFuture<>();
            socket.on(Socket.EVENT_CONNECT_ERROR, args -> refused.complete(args[0]));
            socket.connect();
            try {
                assertThat(((JSONObject) refused.get(10, TimeUnit.SECONDS)).getString("message")).isEqualTo("unauthorized");
                assertThat(socket.connected()).isFalse();
            } finally {
                socket.close();
            }
        }
    }

    @Test
    void aTokenConnectsAndRevokingItDisconnectsWithinASecond() throws Exception {
        String member = users.create("socket", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(member);
        Socket socket = open(Map.of("token", token), "websocket");
        CompletableFuture<Object> greeted = new CompletableFuture<>();
        CompletableFuture<Long> disconnectedAt = new CompletableFuture<>();
        socket.on("connected", greeted::complete);
        socket.on(Socket.EVENT_DISCONNECT, args -> disconnectedAt.complete(System.nanoTime()));
        socket.connect();
        try {
            greeted.get(10, TimeUnit.SECONDS);
            int tokenId = given().auth().oauth2(token).when().get("/api/tokens")
                    .then().statusCode(200).extract().path("[0].id");

            long revokedAt = System.nanoTime();
            given().auth().oauth2(token).when().delete("/api/tokens/{id}", tokenId).then().statusCode(204);

            long elapsed = disconnectedAt.get(5, TimeUnit.SECONDS) - revokedAt;
            assertThat(TimeUnit.NANOSECONDS.toMillis(elapsed)).isLessThan(1000);
        } finally {
            socket.close();
        }
    }

    @Test
    void theBrowserSessionConnectsAndLoggingOutDisconnects() throws Exception {
        String member = users.create("browser", Role.MEMBER);
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", member).formParam("password", HouseholdUsers.PASSWORD)
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        IO.Options options = IO.Options.builder().setForceNew(true).setTransports(new String[] {"polling"})
                .setReconnection(false).build();
        options.extraHeaders = Map.of("Cookie", List.of("quarkus-credential=" + session));
        Socket socket = IO.socket(base, options);
        CompletableFuture<Object> greeted = new CompletableFuture<>();
        CompletableFuture<Long> disconnectedAt = new CompletableFuture<>();
        socket.on("connected", greeted::complete);
        socket.on(Socket.EVENT_DISCONNECT, args -> disconnectedAt.complete(System.nanoTime()));
        socket.connect();
        try {
            greeted.get(10, TimeUnit.SECONDS);
            long loggedOutAt = System.nanoTime();
            given().redirects().follow(false).cookie("quarkus-credential", session).when().get("/logout").then().statusCode(303);
            long elapsed = disconnectedAt.get(5, TimeUnit.SECONDS) - loggedOutAt;
            assertThat(TimeUnit.NANOSECONDS.toMillis(elapsed)).isLessThan(1000);
        } finally {
            socket.close();
        }
    }

    @Test
    void aRevokedTokenCannotConnect() throws Exception {
        String member = users.create("revoked", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(member);
        int tokenId = given().auth().oauth2(token).when().get("/api/tokens").then().extract().path("[0].id");
        given().auth().oauth2(token).when().delete("/api/tokens/{id}", tokenId).then().statusCode(204);

        Socket socket = open(Map.of("token", token), "polling");
        CompletableFuture<Object> refused = new CompletableFuture<>();
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> refused.complete(args[0]));
        socket.connect();
        try {
            assertThat(((JSONObject) refused.get(10, TimeUnit.SECONDS)).getString("message")).isEqualTo("unauthorized");
        } finally {
            socket.close();
        }
    }
}
