package org.kiloguardian.gateway.realtime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiloguardian.gateway.realtime.emit.RealtimeEmitter;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.meds.reminder.MissedDoseService;
import org.kiloguardian.meds.reminder.ReminderService;
import org.kiloguardian.people.person.Editor;
import org.kiloguardian.people.person.PersonService;
import org.kiloguardian.security.user.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Reminders reach the right screens, with the real npm socket.io-client: three logins (Grandma,
 * Ben who looks after her, and Mia), one socket each; Grandma's dose reminder and missed-dose alert
 * reach exactly Grandma's and Ben's sockets, a shared medication's reminder all three.
 */
@QuarkusTest
@TestProfile(PersonRoomsNpmTest.AuthRequired.class)
class PersonRoomsNpmTest {

    /** As in production: a socket needs a login, so it has a person. */
    public static class AuthRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kilo.realtime.auth.required", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @TestHTTPResource("/")
    URL base;

    @Inject
    HouseholdUsers users;
    @Inject
    PersonService people;
    @Inject
    ReminderService reminders;
    @Inject
    MissedDoseService missedDoses;
    @Inject
    RealtimeEmitter emitter;
    @Inject
    Clock clock;

    /** One line "@got name event json" of the script. */
    record Received(String socket, String event, JsonNode payload) {
    }

    @ParameterizedTest
    @ValueSource(strings = { "websocket", "polling" })
    void aPersonsRemindersReachTheirOwnAndTheirCaregiversSocketsOnly(String transport) throws Exception {
        String grandma = users.create("grandma", Role.MEMBER);
        String ben = users.create("ben", Role.MEMBER);
        String mia = users.create("mia", Role.MEMBER);
        String grandmasToken = HouseholdUsers.tokenFor(grandma);
        long grandmasPerson = personOf(grandmasToken);
        people.patch(Editor.APPLICATION, grandmasPerson,
                JSON.valueToTree(Map.of("caregiverUserIds", List.of(users.idOf(ben)))));
        String grandmasName = people.get(grandmasPerson).name();

        LocalDateTime now = LocalDateTime.now(clock);
        long heartPills = medication(grandmasToken, "Heart pills", now.minusMinutes(5), grandmasPerson);
        String missedName = "Water pills " + System.nanoTime() % 100_000;
        medication(grandmasToken, missedName, now.minusHours(3), grandmasPerson);
        long fishOil = medication(grandmasToken, "Fish oil", now.minusMinutes(5), null);

        List<Received> received = new CopyOnWriteArrayList<>();
        NodeClient.runScript("person-rooms.mjs", "person-rooms " + transport, line -> {
            if (line.equals("@connected")) {
                reminders.sendDueReminders();
                missedDoses.markMissed();
                emitter.emit("person-rooms:done");
            } else if (line.startsWith("@got ")) {
                String[] parts = line.split(" ", 4);
                try {
                    received.add(new Received(parts[1], parts[2], JSON.readTree(parts[3])));
                } catch (Exception e) {
                    throw new AssertionError(line, e);
                }
            }
        }, base.toString(), transport, "grandma=" + grandmasToken, "ben=" + HouseholdUsers.tokenFor(ben),
                "mia=" + HouseholdUsers.tokenFor(mia));

        List<Received> heartReminders = received.stream().filter(r -> r.event().equals("notification")
                && r.payload().path("metadata").path("med_id").asLong() == heartPills).toList();
        assertThat(sockets(heartReminders)).as("Grandma's reminder: her socket and her caregiver's").containsExactly("ben", "grandma");
        assertThat(heartReminders).allSatisfy(r -> {
            assertThat(r.payload().get("type").asText()).isEqualTo("med_due");
            assertThat(r.payload().get("person_id").asLong()).isEqualTo(grandmasPerson);
            assertThat(r.payload().get("person_name").asText()).isEqualTo(grandmasName);
        });

        List<Received> missed = received.stream().filter(r -> r.event().equals("kilo_alert")
                && r.payload().path("message").asText().contains(missedName)).toList();
        assertThat(missed).isNotEmpty();
        assertThat(sockets(missed)).as("Grandma's missed dose: her socket and her caregiver's").containsExactly("ben", "grandma");
        assertThat(missed).allSatisfy(r -> {
            assertThat(r.payload().get("alert_type").asText()).isEqualTo("missed_dose");
            assertThat(r.payload().get("person_id").asLong()).isEqualTo(grandmasPerson);
            assertThat(r.payload().get("person_name").asText()).isEqualTo(grandmasName);
        });

        List<Received> shared = received.stream().filter(r -> r.event().equals("notification")
                && r.payload().path("metadata").path("med_id").asLong() == fishOil).toList();
        assertThat(sockets(shared)).as("a shared medication's reminder: everyone").containsExactly("ben", "grandma", "mia");
        assertThat(shared).allSatisfy(r -> {
            assertThat(r.payload().get("person_id").isNull()).isTrue();
            assertThat(r.payload().get("person_name").isNull()).isTrue();
        });
    }

    private static Set<String> sockets(List<Received> received) {
        return new TreeSet<>(received.stream().map(Received::socket).toList());
    }

    private static long personOf(String token) {
        return ((Number) given().auth().oauth2(token).get("/api/people/me").then().statusCode(200).extract().path("id")).longValue();
    }

    /** A daily medication whose one dose time was {@code at} (today, or yesterday just after midnight). */
    private static long medication(String token, String name, LocalDateTime at, Long personId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name + " " + System.nanoTime() % 100_000,
                "times", List.of(at.format(HH_MM)), "startDate", at.toLocalDate().toString(), "stock", 30));
        if (personId != null) {
            body.put("personId", personId);
        }
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/meds")
                .then().statusCode(201).extract().path("id")).longValue();
    }
}
