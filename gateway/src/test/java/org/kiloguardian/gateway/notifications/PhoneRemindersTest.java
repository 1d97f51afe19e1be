package org.kiloguardian.gateway.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiloguardian.financial.alert.AlertWording;
import org.kiloguardian.gateway.database.HeldRow;
import org.kiloguardian.gateway.security.BrowserLogin;
import org.kiloguardian.gateway.security.HouseholdUsers;
import org.kiloguardian.meds.reminder.ReminderService;
import org.kiloguardian.security.user.Role;
import org.kiloguardian.testsupport.LocalHttpServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socket.client.IO;
import io.socket.client.Socket;

/**
 * A dose reminder reaches the phone with the app closed, and "Taken" on it works without the app:
 * a household member subscribes a browser (the test plays the browser and its push service) and
 * sets an ntfy topic (a local ntfy server); the real reminder job makes the dose due; the push
 * service checks the VAPID JWT and decrypts the message back to the reminder; the buttons are then
 * posted exactly as the service worker and the ntfy app post them: no login, no cookie, no body.
 */
@QuarkusTest
class PhoneRemindersTest {

    private static final Duration SOON = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;
    @Inject
    HouseholdUsers users;
    @Inject
    AlertWording wording;
    @Inject
    HeldRow row;
    @Inject
    ReminderService reminders;
    @Inject
    Clock clock;
    @Inject
    EntityManager entityManager;

    private final PushServiceAndBrowser phone = new PushServiceAndBrowser();
    private final LocalHttpServer ntfy = new LocalHttpServer();
    private String username;
    private String token;
    private long personId;
    private String personName;

    @BeforeEach
    void household() {
        username = users.create("phone-owner", Role.MEMBER);
        token = HouseholdUsers.tokenFor(username);
        var me = api().get("/api/people/me").then().statusCode(200).extract().jsonPath();
        personId = me.getLong("id");
        personName = me.getString("name");
    }

    @AfterEach
    void stop() {
        phone.close();
        ntfy.close();
    }

    private io.restassured.specification.RequestSpecification api() {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A medication of the caller's person with a dose due this very minute. */
    private long medicationDueNow(String name) {
        String now = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
        return api().contentType(ContentType.JSON)
                .body(Map.of("name", name, "form", "tablet", "times", List.of(now), "stock", 10, "personId", personId))
                .post("/api/meds").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private PushServiceAndBrowser.Received pushAbout(String name) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < deadline) {
            PushServiceAndBrowser.Received next = phone.next(SOON);
            if (next.payload().path("title").asText().contains(name)) {
                return next;
            }
        }
        throw new AssertionError("no push about " + name);
    }

    @Test
    void aDueDoseIsPushedEncryptedToTheSubscribedBrowserAndTakenFromTheNotification() throws Exception {
        api().contentType(ContentType.JSON).body(phone.subscriptionJson()).post("/api/notifications/subscriptions")
                .then().statusCode(201).body("userId", equalTo((int) users.idOf(username)));
        String name = "Push Metformin " + System.nanoTime();
        long medication = medicationDueNow(name);

        reminders.sendDueReminders();
        PushServiceAndBrowser.Received push = pushAbout(name);

        JsonNode payload = push.payload();
        assertThat(payload.path("title").asText()).isEqualTo("Time for " + name + " · " + personName);
        assertThat(payload.path("body").asText()).startsWith("Time to take " + name);
        assertThat(payload.path("kind").asText()).isEqualTo("DOSE_DUE");
        assertThat(payload.path("actions").toString()).isEqualTo("[{\"action\":\"taken\",\"title\":\"Taken\"},{\"action\":\"snooze\",\"title\":\"Snooze 15 min\"}]");
        String actionUrl = payload.path("actionUrl").asText();
        assertThat(actionUrl).startsWith("/api/notifications/actions/kn_");
        assertThat(push.jwtClaims().path("sub").asText()).isEqualTo("https://kilo.test");
        assertThat(push.vapidKey()).isEqualTo(api().get("/api/notifications/web-push").then().statusCode(200).extract().path("publicKey"));
        assertThat(push.headers().get("Urgency")).containsExactly("high");

        LinkedBlockingQueue<JSONObject> taken = new LinkedBlockingQueue<>();
        Socket socket = IO.socket(base, IO.Options.builder().setForceNew(true).setTransports(new String[] {"websocket"}).build());
        socket.on("med_taken", args -> taken.add((JSONObject) args[0]));
        socket.connect();
        try {
            awaitConnected(socket);
            // exactly what the service worker sends: POST, credentials 'omit', no body
            Response answer = given().redirects().follow(false).when().post(base.resolve(actionUrl + "/taken"));
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.jsonPath().getString("action")).isEqualTo("taken");
            assertThat(answer.jsonPath().getDouble("stock")).isEqualTo(9.0);

            JSONObject event = waitFor(taken, medication);
            assertThat(event.getLong("med_id")).isEqualTo(medication);
            assertThat(event.getLong("person_id")).isEqualTo(personId);
        } finally {
            socket.close();
        }
        assertThat(stockOf(medication)).isEqualTo(9.0);

        // used twice: 409, and the stock stays
        given().when().post(base.resolve(actionUrl + "/taken")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already used"));
        given().when().post(base.resolve(actionUrl + "/snooze")).then().statusCode(409);
        assertThat(stockOf(medication)).isEqualTo(9.0);
    }

    @Test
    void ntfyGetsTheReminderWithButtonsThatWorkAsTheNtfyAppPostsThem() throws Exception {
        String topic = ntfy.url("/pills-" + System.nanoTime());
        api().contentType(ContentType.JSON).body(Map.of("ntfyUrl", topic, "ntfyToken", "tk_household"))
                .put("/api/notifications/channels/" + personId).then().statusCode(200)
                .body("ntfyUrl", equalTo(topic)).body("ntfyToken", equalTo(true));
        String name = "Ntfy Ramipril " + System.nanoTime();
        long medication = medicationDueNow(name);

        reminders.sendDueReminders();
        LocalHttpServer.Request message = ntfy.next(request -> request.text().contains(name), SOON);

        assertThat(message.method()).isEqualTo("POST");
        assertThat(message.path()).isEqualTo("/");
        assertThat(message.header("Content-Type")).isEqualTo("application/json");
        assertThat(message.header("Authorization")).isEqualTo("Bearer tk_household");
        JsonNode body = JSON.readTree(message.body());
        assertThat(body.path("topic").asText()).isEqualTo(topic.substring(topic.lastIndexOf('/') + 1));
        assertThat(body.path("title").asText()).isEqualTo("Time for " + name + " · " + personName);
        assertThat(body.path("message").asText()).startsWith("Time to take " + name);
        assertThat(body.path("priority").asInt()).isEqualTo(4);
        assertThat(body.path("tags").toString()).isEqualTo("[\"pill\"]");
        assertThat(body.path("click").asText()).isEqualTo("https://kilo.test/");
        JsonNode snooze = body.path("actions").get(1);
        assertThat(body.path("actions").get(0).path("label").asText()).isEqualTo("Taken");
        assertThat(snooze.path("action").asText()).isEqualTo("http");
        assertThat(snooze.path("label").asText()).isEqualTo("Snooze 15 min");
        assertThat(snooze.path("method").asText()).isEqualTo("POST");
        assertThat(snooze.path("clear").asBoolean()).isTrue();
        assertThat(snooze.path("url").asText()).startsWith("https://kilo.test/api/notifications/actions/kn_").endsWith("/snooze");

        // the ntfy app posts the URL: no cookie, no login, no body (the public address is this test server's)
        String path = snooze.path("url").asText().substring("https://kilo.test".length());
        assertThat(api().get("/api/meds/due").jsonPath().getList("medicationId", Long.class)).contains(medication);
        given().when().post(base.resolve(path)).then().statusCode(200).body("action", equalTo("snooze"));
        // snoozed into the future: off the due list, and the dose log says until when
        assertThat(api().get("/api/meds/due").jsonPath().getList("medicationId", Long.class)).doesNotContain(medication);
        var log = api().get("/api/meds/" + medication + "/doses").then().statusCode(200).extract().jsonPath();
        assertThat(log.getString("find { it.status == 'snoozed' }.snoozedUntil")).isNotNull();
    }

    @Test
    void anAccountFallingUnderItsLevelReachesWhoeverWatchesTheFinances() throws Exception {
        String topic = ntfy.url("/money-" + System.nanoTime());
        api().contentType(ContentType.JSON).body(Map.of("ntfyUrl", topic, "financeAlerts", true))
                .put("/api/notifications/channels/" + personId).then().statusCode(200);
        String account = "Wallet " + System.nanoTime();
        long id = api().contentType(ContentType.JSON)
                .body(Map.of("name", account, "kind", "cash", "openingBalance", "30", "lowBalanceBelow", "25"))
                .post("/api/financial/accounts").then().statusCode(201).extract().jsonPath().getLong("id");

        api().contentType(ContentType.JSON).body(Map.of("accountId", id, "amount", "-7.50", "description", "Market"))
                .post("/api/financial/transactions").then().statusCode(201);
        LocalHttpServer.Request message = ntfy.next(request -> request.text().contains(account), SOON);

        JsonNode body = JSON.readTree(message.body());
        assertThat(body.path("title").asText()).isEqualTo("Low balance: " + account);
        assertThat(body.path("message").asText()).isEqualTo(account + ": the balance is " + wording.money(new BigDecimal("22.50"))
                + ", under the " + wording.money(new BigDecimal("25.00")) + " you set.");
        assertThat(body.path("tags").toString()).isEqualTo("[\"bank\"]");
        assertThat(body.path("priority").asInt()).isEqualTo(3);
    }

    @Test
    void anExpiredTokenIsGoneAndAnUnknownOneNotFound() throws Exception {
        api().contentType(ContentType.JSON).body(phone.subscriptionJson()).post("/api/notifications/subscriptions").then().statusCode(201);
        String name = "Expiring Iron " + System.nanoTime();
        long medication = medicationDueNow(name);
        reminders.sendDueReminders();
        String actionUrl = pushAbout(name).payload().path("actionUrl").asText();
        // twelve hours later, as far as this token is concerned (ActionServiceTest moves a clock instead)
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE notifications.action_token SET expires_at = now() - interval '1 second' WHERE medication_id = ?1")
                .setParameter(1, medication).executeUpdate());

        given().when().post(base.resolve(actionUrl + "/taken")).then().statusCode(410).contentType("application/problem+json")
                .body("title", equalTo("Gone")).body("status", equalTo(410))
                .body("detail", org.hamcrest.Matchers.matchesPattern(
                        "This notification's buttons expired at \\S+; open the app to take or snooze the dose\\."));
        given().when().post(base.resolve("/api/notifications/actions/kn_" + "x".repeat(43) + "/taken")).then().statusCode(404);
        given().when().post(base.resolve(actionUrl + "/swallowed")).then().statusCode(404);
        assertThat(stockOf(medication)).isEqualTo(10.0);
    }

    @Test
    void aBrowsersSessionCookieOnTheButtonsPostWouldNeedTheCsrfHeaderSoTheServiceWorkerSendsNone() throws Exception {
        BrowserLogin browser = BrowserLogin.of(username, HouseholdUsers.PASSWORD);
        browser.request().contentType(ContentType.JSON).body(phone.subscriptionJson()).post("/api/notifications/subscriptions")
                .then().statusCode(201);
        String name = "Cookie Vitamin " + System.nanoTime();
        medicationDueNow(name);
        reminders.sendDueReminders();
        String actionUrl = pushAbout(name).payload().path("actionUrl").asText();

        browser.cookieOnly().when().post(base.resolve(actionUrl + "/taken")).then().statusCode(403);
        given().when().post(base.resolve(actionUrl + "/taken")).then().statusCode(200);
    }

    @Test
    void theOtherNotificationCallsNeedALoginAndAMemberSetsUpOnlyWhomTheyLookAfter() {
        given().when().get("/api/notifications/subscriptions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(phone.subscriptionJson()).when().post("/api/notifications/subscriptions").then().statusCode(401);
        given().when().post("/api/notifications/test-messages").then().statusCode(401);

        String other = users.create("someone-else", Role.MEMBER);
        long theirPerson = given().header("Authorization", "Bearer " + HouseholdUsers.tokenFor(other)).get("/api/people/me")
                .then().extract().jsonPath().getLong("id");
        // pointing someone else's reminders at one's own topic, or reading theirs: 403
        api().contentType(ContentType.JSON).body(Map.of("ntfyUrl", "https://ntfy.sh/mine")).put("/api/notifications/channels/" + theirPerson)
                .then().statusCode(403).contentType("application/problem+json");
        api().get("/api/notifications/channels/" + theirPerson).then().statusCode(403);
        api().get("/api/notifications/channels/999999999").then().statusCode(404);
    }

    @Test
    void badChannelsAndSubscriptionsAre400sNamingTheField() {
        api().contentType(ContentType.JSON).body(Map.of("ntfyUrl", "ntfy.sh/no-scheme")).put("/api/notifications/channels/" + personId)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("ntfyUrl"));
        api().contentType(ContentType.JSON).body(Map.of("quietFrom", "22:00")).put("/api/notifications/channels/" + personId)
                .then().statusCode(400).body("detail", containsString("quietTo"));
        api().contentType(ContentType.JSON).body(Map.of("endpoint", phone.endpoint(), "keys", Map.of("p256dh", "short", "auth", "x")))
                .post("/api/notifications/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("keys.p256dh", "keys.auth"));
        api().contentType(ContentType.JSON).body("null").post("/api/notifications/subscriptions").then().statusCode(400);
    }

    @Test
    void sendATestReachesTheCallersDevice() throws Exception {
        api().contentType(ContentType.JSON).body(phone.subscriptionJson()).post("/api/notifications/subscriptions").then().statusCode(201);
        api().when().post("/api/notifications/test-messages").then().statusCode(202).body("channels", equalTo(1));
        PushServiceAndBrowser.Received test = pushAbout("Kilo Guardian test");
        assertThat(test.payload().path("body").asText()).startsWith("Reminders reach this device.");
        assertThat(test.payload().has("actions")).isFalse();
    }

    /**
     * A shared tablet changes hands: the next login subscribes the same browser while the sender
     * records a push it just sent to the first login. The device must end up with the new login, or
     * the first person's reminders (their medications, by name) keep going to the tablet.
     */
    @Test
    void aDeviceTakenOverByAnotherLoginWhileAPushIsRecordedStaysWithTheNewLogin() throws Exception {
        api().contentType(ContentType.JSON).body(phone.subscriptionJson()).post("/api/notifications/subscriptions").then().statusCode(201);
        long device = api().get("/api/notifications/subscriptions").jsonPath().getLong("[0].id");
        String heir = HouseholdUsers.tokenFor(users.create("tablet-heir", Role.MEMBER));

        List<CompletableFuture<Integer>> answers = row.whileLocked("notifications.push_subscription", device, List.of(
                () -> given().header("Authorization", "Bearer " + heir).contentType(ContentType.JSON).body(phone.subscriptionJson())
                        .post("/api/notifications/subscriptions").statusCode(),
                // answered at once; the sender then sends the push and waits to record it on the device's row
                () -> api().post("/api/notifications/test-messages").statusCode()));

        assertThat(answers.get(0).get(10, TimeUnit.SECONDS)).as("the heir subscribes").isEqualTo(201);
        assertThat(answers.get(1).get(10, TimeUnit.SECONDS)).as("the test message").isEqualTo(202);
        pushAbout("Kilo Guardian test");
        long deadline = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < deadline && lastSentAt(device) == null) {
            Thread.sleep(50); // the sender records the push once the row is free
        }
        assertThat(lastSentAt(device)).as("the push was recorded").isNotNull();
        given().header("Authorization", "Bearer " + heir).get("/api/notifications/subscriptions").then().statusCode(200)
                .body("id", equalTo(List.of((int) device)));
        api().get("/api/notifications/subscriptions").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }

    private Object lastSentAt(long device) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT last_sent_at FROM notifications.push_subscription WHERE id = ?1")
                .setParameter(1, device).getSingleResult());
    }

    @Test
    void aBrowserThatUnsubscribedIsRemovedWhenThePushServiceSaysGone() throws Exception {
        api().contentType(ContentType.JSON).body(phone.subscriptionJson()).post("/api/notifications/subscriptions").then().statusCode(201);
        phone.answer(410);
        api().when().post("/api/notifications/test-messages").then().statusCode(202).body("channels", equalTo(1));
        pushAbout("Kilo Guardian test");
        long deadline = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < deadline && !api().get("/api/notifications/subscriptions").jsonPath().getList("$").isEmpty()) {
            Thread.sleep(50);
        }
        api().get("/api/notifications/subscriptions").then().statusCode(200).body("size()", equalTo(0));
        api().when().post("/api/notifications/test-messages").then().statusCode(202).body("channels", equalTo(0));
    }

    private double stockOf(long medication) {
        return api().get("/api/meds/" + medication).then().statusCode(200).extract().jsonPath().getDouble("stock");
    }

    private static void awaitConnected(Socket socket) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!socket.connected() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(socket.connected()).isTrue();
    }

    private static JSONObject waitFor(LinkedBlockingQueue<JSONObject> events, long medication) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            JSONObject event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null && event.getLong("med_id") == medication) {
                return event;
            }
        }
        throw new AssertionError("no med_taken for " + medication + " on Socket.IO within a second of the button");
    }
}
