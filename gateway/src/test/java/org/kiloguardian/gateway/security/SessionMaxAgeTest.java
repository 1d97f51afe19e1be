package org.kiloguardian.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.realtime.ObservedSocket;
import org.kiloguardian.security.user.Role;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A session in constant use never reached its idle timeout, so a stolen cookie lived forever. The
 * absolute lifetime ({@code kilo.security.session.max-age}) ends it, and the sockets opened with it.
 */
@QuarkusTest
@TestProfile(SessionMaxAgeTest.ShortSessions.class)
class SessionMaxAgeTest {

    static final long MAX_AGE_MILLIS = 4_000;

    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kilo.security.session.max-age", "PT4S", "kilo.realtime.auth.required", "true");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    HouseholdUsers users;

    @Test
    void aSessionInConstantUseEndsAtItsMaximumAgeAndSoDoItsSockets() throws Exception {
        String member = users.create("busy", Role.MEMBER);
        BrowserLogin browser = BrowserLogin.of(member, HouseholdUsers.PASSWORD);
        // the session began a little earlier, so every wait below is at least as long as meant
        long loggedInAt = System.currentTimeMillis();

        try (ObservedSocket socket = ObservedSocket.withSession(base, browser.session(), "websocket").awaitGreeting()) {
            // in use every half second, so the idle timeout never comes near
            while (System.currentTimeMillis() - loggedInAt < MAX_AGE_MILLIS - 1_000) {
                browser.cookieOnly().get("/api/habits").then().statusCode(200);
                Thread.sleep(500);
            }
            Thread.sleep(Math.max(0, loggedInAt + MAX_AGE_MILLIS + 500 - System.currentTimeMillis()));
            browser.cookieOnly().get("/api/habits").then().statusCode(401);
            assertThat(socket.awaitDisconnect(5) - loggedInAt).isLessThan(MAX_AGE_MILLIS + 1_500);
        }
    }
}
