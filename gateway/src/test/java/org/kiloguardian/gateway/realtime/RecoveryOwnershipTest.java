package org.kiloguardian.gateway.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.security.user.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A recovered session goes back to its owner only: someone who got hold of another user's
 * {@code pid} and offset and presents them with their own valid token is refused, as a client
 * would do it on the wire (Engine.IO over a websocket, Socket.IO CONNECT with auth).
 */
@QuarkusTest
@TestProfile(RecoveryOwnershipTest.AuthAndRecovery.class)
class RecoveryOwnershipTest {

    public static class AuthAndRecovery implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the first token lookup of a fresh server may take longer than the test profile's 1.5 s connect timeout
            return Map.of("kilo.realtime.auth.required", "true", "kilo.realtime.recovery.enabled", "true",
                    "kilo.realtime.recovery.max-disconnection", "30s", "kilo.realtime.connect-timeout", "20s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/socket.io/")
    URI endpoint;

    @Inject
    HouseholdUsers users;

    @Test
    void anotherUsersTokenCannotTakeOverARecoverableSession() throws Exception {
        String alice = HouseholdUsers.tokenFor(users.create("alice", Role.MEMBER));
        String mallory = HouseholdUsers.tokenFor(users.create("mallory", Role.MEMBER));
        RawEngineClient client = new RawEngineClient(endpoint);

        // Mallory presents Alice's pid and offset with her own token: refused.
        Session stolen = connectAndDrop(client, alice);
        String refused = connect(client, "{\"token\":\"" + mallory + "\",\"pid\":\"" + stolen.pid()
                + "\",\"offset\":\"" + stolen.offset() + "\"}");
        assertThat(refused).isEqualTo("44{\"message\":\"unauthorized\"}");

        // Alice herself gets her session back: same id.
        Session mine = connectAndDrop(client, alice);
        String recovered = connect(client, "{\"token\":\"" + alice + "\",\"pid\":\"" + mine.pid()
                + "\",\"offset\":\"" + mine.offset() + "\"}");
        assertThat(JSON.readTree(recovered.substring(2)).path("sid").asText()).isEqualTo(mine.sid());
    }

    private record Session(String sid, String pid, String offset) {
    }

    /** Connects with a token, reads the CONNECT answer and the greeting's offset, and cuts the connection. */
    private static Session connectAndDrop(RawEngineClient client, String token) throws Exception {
        RawEngineClient.Ws ws = client.websocket("EIO=4&transport=websocket");
        assertThat((String) ws.next()).startsWith("0{");
        ws.send("40{\"token\":\"" + token + "\"}");
        String connected = (String) ws.nextMessage();
        assertThat(connected).startsWith("40{");
        JsonNode answer = JSON.readTree(connected.substring(2));
        String greeting = (String) ws.nextMessage();
        assertThat(greeting).startsWith("42[\"connected\"");
        JsonNode event = JSON.readTree(greeting.substring(2));
        ws.close(); // the TCP connection drops: a recoverable disconnection
        Thread.sleep(300);
        return new Session(answer.path("sid").asText(), answer.path("pid").asText(), event.get(event.size() - 1).asText());
    }

    private static String connect(RawEngineClient client, String auth) {
        RawEngineClient.Ws ws = client.websocket("EIO=4&transport=websocket");
        assertThat((String) ws.next()).startsWith("0{");
        ws.send("40" + auth);
        String answer = (String) ws.nextMessage();
        ws.close();
        return answer;
    }
}
