package org.kiloguardian.gateway.realtime.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;


import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.http.RawHttp;
import org.kiloguardian.gateway.realtime.ObservedSocket;
import org.kiloguardian.gateway.security.BrowserLogin;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.recent.RecentChecks;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.testsupport.SqlStatements;

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
        static final String ALLOWED_ORIGIN = "http://wall-tablet.local:8080";

        @Override
        public Map<String, String> getConfigOverrides() {
            // connect-timeout: the test profile's 1.5 s would end CONNECTs that wait for a slow lookup on purpose
            return Map.of("kilo.realtime.auth.required", "true",
                    "kilo.realtime.allowed-origins", ALLOWED_ORIGIN,
                    "kilo.realtime.connect-timeout", "10s");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    HouseholdUsers users;

    @Inject
    EntityManagerFactory entityManagers;

    @Inject
    RecentChecks recent;

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
        try (ObservedSocket socket = ObservedSocket.withToken(base, token, "websocket").awaitGreeting()) {
            int tokenId = given().auth().oauth2(token).when().get("/api/tokens")
                    .then().statusCode(200).extract().path("[0].id");

            long revokedAt = System.currentTimeMillis();
            given().auth().oauth2(token).when().delete("/api/tokens/{id}", tokenId).then().statusCode(204);

            assertThat(socket.awaitDisconnect(5) - revokedAt).isLessThan(1000);
        }
    }

    @Test
    void aTokenCheckedAMomentAgoConnectsWithoutBeingLookedUpAgain() throws Exception {
        String member = users.create("often", Role.MEMBER);
        // a timer's statement (the notifications sender polls in tests) can only add to a reading: the fewest of three
        long lookedUp = Long.MAX_VALUE;
        long checkedAMomentAgo = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = HouseholdUsers.tokenFor(member);
            given().auth().oauth2(token).when().get("/api/meds").then().statusCode(200); // its last use is recorded now
            recent.forgetAll();
            lookedUp = Math.min(lookedUp, statementsToConnect(token));
            checkedAMomentAgo = Math.min(checkedAMomentAgo, statementsToConnect(token));
        }
        assertThat(checkedAMomentAgo).as("statements of a CONNECT whose token is looked up: " + lookedUp
                + ", with the same token again a moment later").isLessThan(lookedUp);
    }

    @Test
    void aLoginConnectingAgainNeedsNoDatabase() throws Exception {
        String token = HouseholdUsers.tokenFor(users.create("again", Role.MEMBER));
        statementsToConnect(token); // the token and the login's person are looked up once
        long again = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && again > 0; attempt++) { // a timer's statement can only add to a reading
            again = Math.min(again, statementsToConnect(token));
        }
        assertThat(again).as("statements of a CONNECT with a token and a person looked up a moment ago").isZero();
    }

    /**
     * A script's sockets reconnecting all at once (the app restarted) wait for one lookup of their
     * token and their person, not one each. The token's row is held locked meanwhile, as a slow
     * database would, so that all of them are connecting at the same time.
     */
    @Test
    void socketsOfOneTokenConnectingAtOnceShareOneLookup() throws Exception {
        String member = users.create("storm", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(member);
        int clients = 40;
        long statements = SqlStatements.during(entityManagers, () -> {
            List<ObservedSocket> sockets = users.startedWhileTokensLocked(member, Duration.ofMillis(1500), () -> {
                List<ObservedSocket> connecting = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    connecting.add(ObservedSocket.withToken(base, token, "websocket"));
                }
                return connecting;
            });
            for (ObservedSocket socket : sockets) {
                socket.awaitGreeting().close();
            }
        });
        assertThat(statements).as("statements of %d sockets of one token connecting at once", clients).isLessThan(clients);
    }

    private long statementsToConnect(String token) throws Exception {
        return SqlStatements.during(entityManagers, () -> ObservedSocket.withToken(base, token, "websocket").awaitGreeting().close());
    }

    @Test
    void theBrowserSessionConnectsAndLoggingOutDisconnects() throws Exception {
        String session = sessionOf(users.create("browser", Role.MEMBER));
        try (ObservedSocket socket = ObservedSocket.withSession(base, session, "polling").awaitGreeting()) {
            long loggedOutAt = System.currentTimeMillis();
            given().redirects().follow(false).cookie(BrowserLogin.SESSION_COOKIE, session).when().get("/logout").then().statusCode(303);
            assertThat(socket.awaitDisconnect(5) - loggedOutAt).isLessThan(1000);
        }
    }

    /**
     * A leaked token's script reconnecting at the moment the household revokes it: the CONNECT's
     * lookup read the token before the revocation committed and answered just after it, when the
     * revocation may already have looked for the sockets to disconnect. Such a socket used to stay
     * connected for as long as it liked. Who is first after the commit is a race of a few
     * milliseconds, so the attack is made several times.
     */
    @Test
    void aSocketWhoseCheckOverlapsTheRevocationDoesNotStayConnected() throws Exception {
        String member = users.create("overlap", Role.MEMBER);
        String revoker = HouseholdUsers.tokenFor(member);
        for (int attempt = 0; attempt < 5; attempt++) {
            HouseholdUsers.CreatedToken leaked = HouseholdUsers.createToken(member, "leaked " + attempt);
            CompletableFuture<HttpResponse<Void>> revoked = new CompletableFuture<>();
            try (ObservedSocket socket = users.startedWhileTokenLocked(leaked.id(), Duration.ofSeconds(1), () -> {
                HouseholdUsers.revoking(base, revoker, leaked.id()).whenComplete((answer, failure) -> revoked.complete(answer));
                Thread.sleep(500); // the revocation is announced and waits to write the row
                // its lookup reads the token before the revocation commits, then waits to record its first use
                return ObservedSocket.withToken(base, leaked.secret(), "websocket");
            })) {
                assertThat(revoked.get(10, TimeUnit.SECONDS).statusCode()).as("revoked").isEqualTo(204);
                socket.awaitRefusalOrDisconnect(5);
            }
        }
    }

    /**
     * A stolen session cookie opens an Engine.IO session and waits. The household logs out everywhere,
     * and only then the thief sends CONNECT: the socket's identity is the one its opening request had,
     * and it used to be let in, for as long as it liked.
     */
    @Test
    void aConnectAfterTheSessionEndedIsRefusedThoughItsConnectionOpenedBefore() throws Exception {
        String member = users.create("preopened", Role.MEMBER);
        BrowserLogin browser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        String open = given().cookie(BrowserLogin.SESSION_COOKIE, browser.session())
                .queryParam("EIO", "4").queryParam("transport", "polling").get("/socket.io/")
                .then().statusCode(200).extract().asString();
        String sid = new JSONObject(open.substring(1)).getString("sid");

        browser.cookieOnly().get("/logout").then().statusCode(303);

        given().queryParam("EIO", "4").queryParam("transport", "polling").queryParam("sid", sid)
                .contentType("text/plain;charset=UTF-8").body("40").post("/socket.io/").then().statusCode(200);
        String answer = given().queryParam("EIO", "4").queryParam("transport", "polling").queryParam("sid", sid)
                .get("/socket.io/").then().statusCode(200).extract().asString();
        assertThat(answer).as("the answer to the CONNECT").startsWith("44").contains(SocketAuthentication.UNAUTHORIZED);
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

    private String sessionOf(String username) {
        return BrowserLogin.of(username, HouseholdUsers.PASSWORD).session();
    }

    private static Map<String, String> cookieAndOrigin(String session, String origin) {
        return Map.of("Cookie", BrowserLogin.SESSION_COOKIE + "=" + session, "Origin", origin);
    }

    @Test
    void aPageOfAnotherSiteCannotOpenTheChannelWithTheHouseholdsCookie() {
        String session = sessionOf(users.create("hijacked", Role.MEMBER));
        String evil = "http://evil.example";

        RawHttp.Answer polling = RawHttp.send(base, "GET", "/socket.io/?EIO=4&transport=polling", cookieAndOrigin(session, evil), null);
        assertThat(polling.status()).isEqualTo(403);
        assertThat(polling.body()).doesNotContain("\"sid\"");

        Map<String, String> upgrade = new java.util.HashMap<>(cookieAndOrigin(session, evil));
        upgrade.put("Upgrade", "websocket");
        upgrade.put("Connection", "Upgrade");
        upgrade.put("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        upgrade.put("Sec-WebSocket-Version", "13");
        RawHttp.Answer websocket = RawHttp.send(base, "GET", "/socket.io/?EIO=4&transport=websocket", upgrade, null);
        assertThat(websocket.status()).isEqualTo(403);
    }

    @Test
    void theAppsOwnPagesAndListedOriginsOpenItWithTheCookie() {
        String session = sessionOf(users.create("samesite", Role.MEMBER));
        String own = "http://" + base.getHost() + ":" + base.getPort();
        for (String origin : new String[] {own, AuthRequired.ALLOWED_ORIGIN}) {
            RawHttp.Answer polling = RawHttp.send(base, "GET", "/socket.io/?EIO=4&transport=polling", cookieAndOrigin(session, origin), null);
            assertThat(polling.status()).as(origin).isEqualTo(200);
            assertThat(polling.body()).as(origin).contains("\"sid\"");
        }
    }

    @Test
    void aTokenClientFromAnotherOriginStillConnects() throws Exception {
        String token = HouseholdUsers.tokenFor(users.create("elsewhere", Role.MEMBER));
        IO.Options options = IO.Options.builder().setForceNew(true).setTransports(new String[] {"polling"}).setReconnection(false).build();
        options.auth = Map.of("token", token);
        options.extraHeaders = Map.of("Origin", List.of("http://scripts.example"));
        Socket socket = IO.socket(base, options);
        CompletableFuture<Object> greeted = new CompletableFuture<>();
        socket.on("connected", greeted::complete);
        socket.connect();
        try {
            greeted.get(10, TimeUnit.SECONDS);
        } finally {
            socket.close();
        }
    }

    @Test
    void aPasswordResetDisconnectsTheUsersBrowserSocketsWithinASecond() throws Exception {
        String member = users.create("resetsocket", Role.MEMBER);
        BrowserLogin admin = BrowserLogin.of(users.create("resetadmin", Role.ADMIN), HouseholdUsers.PASSWORD);
        try (ObservedSocket socket = ObservedSocket.withSession(base, sessionOf(member), "websocket").awaitGreeting()) {
            long resetAt = System.currentTimeMillis();
            admin.request().contentType(ContentType.JSON).body("{\"password\":\"another long password\"}")
                    .patch("/api/users/{id}", users.idOf(member)).then().statusCode(200);
            assertThat(socket.awaitDisconnect(5) - resetAt).isLessThan(1000);
        }
    }

    @Test
    void aTokenThatExpiresDisconnectsTheSocketsOpenedWithIt() throws Exception {
        String member = users.create("expiring", Role.MEMBER);
        String token = HouseholdUsers.tokenFor(member);
        int tokenId = given().auth().oauth2(token).when().get("/api/tokens").then().extract().path("[0].id");
        java.time.Instant expiry = java.time.Instant.now().plusSeconds(3);
        users.expireToken(tokenId, expiry);

        try (ObservedSocket socket = ObservedSocket.withToken(base, token, "websocket").awaitGreeting()) {
            assertThat(socket.awaitDisconnect(10) - expiry.toEpochMilli()).isBetween(-100L, 1000L);
        }
    }
}
