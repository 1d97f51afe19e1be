package org.kiloguardian.gateway.realtime;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Connection state recovery with the npm socket.io-client: a tablet whose TCP connection drops
 * gets the household events it missed exactly once and in order, its id and rooms, and
 * {@code socket.recovered === true}; after {@code kilo.realtime.recovery.max-disconnection} a fresh
 * session and no replay.
 */
@QuarkusTest
@TestProfile(ConnectionStateRecoveryTest.RecoveryOn.class)
class ConnectionStateRecoveryTest {

    public static class RecoveryOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kilo.realtime.recovery.enabled", "true",
                    "kilo.realtime.recovery.max-disconnection", "3s");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void missedHouseholdEventsAreReplayedOnceAndInOrderWithinTheWindowOnly() {
        NodeClient.run(base.toString(), "recovery", "websocket");
    }
}
