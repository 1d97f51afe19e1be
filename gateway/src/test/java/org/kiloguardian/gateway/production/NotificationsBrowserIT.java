package org.kiloguardian.gateway.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiloguardian.gateway.browser.PageActions.click;
import static org.kiloguardian.gateway.browser.Screenshots.screenshot;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kiloguardian.gateway.browser.HeadlessChromium;
import org.kiloguardian.gateway.browser.LoginForm;
import org.kiloguardian.gateway.browser.PageActions;
import org.kiloguardian.gateway.notifications.PushServiceAndBrowser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The installable app and its reminders in headless Chromium against the production jar: the
 * manifest is served and Chromium reads it without errors, the service worker registers and
 * activates at the root scope, "Notify me on this device" posts the browser's subscription (the
 * push service itself cannot be reached here, so the page's PushManager hands over the subscription
 * of a push service the test plays) and it is stored for the logged-in person: their dose reminder
 * then arrives there, encrypted, and "Taken" posted the way the service worker posts it takes the
 * dose, which leaves the open dashboard within a second.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsBrowserIT {

    private static final String ADMIN = "household-admin";
    private static final String PASSWORD = "a long household secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AutoClose
    private static EmbeddedPostgres postgres;
    @AutoClose
    private static RunningProductionJar app;
    @AutoClose
    private static PushServiceAndBrowser pushService;
    @AutoClose("quit")
    private static ChromeDriver phone;
    private static HouseholdApi api;
    private static long person;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        app = RunningProductionJar.start(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                Map.of("KILO_ADMIN_USERNAME", ADMIN, "KILO_ADMIN_PASSWORD", PASSWORD, "KILO_HOUSEHOLD_LOCALE", "en-GB",
                        // the push service the test plays is plain http on a local port
                        "KILO_NOTIFICATIONS_ALLOW_HTTP_PUSH", "true",
                        "KILO_MEDS_REMINDER_EVERY", "1s", "KILO_NOTIFICATIONS_SEND_EVERY", "1s"));
        pushService = new PushServiceAndBrowser();
        api = HouseholdApi.withNewToken(app, ADMIN, PASSWORD, "notifications browser test");
        person = api.get("/api/people/me").get("id").asLong();
        phone = HeadlessChromium.start(390, 844);
        // what a person does when the browser asks "Allow notifications?"
        phone.executeCdpCommand("Browser.grantPermissions", Map.of("origin", app.uri("").toString(), "permissions", List.of("notifications")));
        LoginForm.logIn(phone, app.uri("/"), ADMIN, PASSWORD, By.id("phone-reminders"));
    }

    @Test
    @Order(1)
    void theManifestIsServedAndChromiumReadsItWithoutErrors() throws Exception {
        HttpResponse<String> manifest = HTTP.send(HttpRequest.newBuilder(app.uri("/manifest.webmanifest")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValue("application/manifest+json");
        JsonNode parsed = JSON.readTree(manifest.body());
        assertThat(parsed.path("name").asText()).isEqualTo("Kilo Guardian");
        assertThat(parsed.path("short_name").asText()).isNotBlank();
        assertThat(parsed.path("start_url").asText()).isEqualTo("/");
        assertThat(parsed.path("display").asText()).isEqualTo("standalone");
        assertThat(parsed.path("theme_color").asText()).matches("#[0-9a-f]{6}");
        for (JsonNode icon : parsed.path("icons")) {
            HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(app.uri(icon.path("src").asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
            var png = ImageIO.read(new ByteArrayInputStream(image.body()));
            assertThat(png.getWidth() + "x" + png.getHeight()).as("the icon is as large as it says").isEqualTo(icon.path("sizes").asText());
        }
        assertThat(parsed.path("icons").findValuesAsText("sizes")).contains("192x192", "512x512");

        // the page links it, and Chromium itself parses it without complaint
        assertThat(String.valueOf(phone.executeScript("return document.querySelector('link[rel=manifest]').href")))
                .isEqualTo(app.uri("/manifest.webmanifest").toString());
        Map<String, Object> read = phone.executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat(read.get("url")).isEqualTo(app.uri("/manifest.webmanifest").toString());
        assertThat((List<?>) read.get("errors")).as("Chromium's manifest errors").isEmpty();

        HttpResponse<String> worker = HTTP.send(HttpRequest.newBuilder(app.uri("/sw.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(worker.body()).contains("addEventListener('push'").doesNotContain("window.Vaadin");
    }

    @Test
    @Order(2)
    void theServiceWorkerRegistersAndActivatesAtTheRoot() {
        @SuppressWarnings("unchecked")
        Map<String, Object> registration = (Map<String, Object>) phone.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(r => {"
                        + "  const active = r.active;"
                        + "  const report = () => done({scope: r.scope, state: active.state, script: active.scriptURL});"
                        + "  if (active.state === 'activated') { report(); } else { active.addEventListener('statechange', report); }"
                        + "}).catch(e => done({error: String(e)}));");
        assertThat(registration).containsEntry("state", "activated")
                .containsEntry("scope", app.uri("/").toString())
                .containsEntry("script", app.uri("/sw.js").toString());
    }

    @Test
    @Order(3)
    void notifyMePostsTheBrowsersSubscriptionAndItIsStoredForTheLoggedInPerson() throws Exception {
        assertThat(api.get("/api/notifications/subscriptions")).isEmpty();
        // the push service cannot be reached from here: the page's PushManager hands over the test's subscription
        phone.executeScript("const sub = arguments[0];"
                + "const fake = {endpoint: sub.endpoint, options: {}, toJSON: () => sub, unsubscribe: async () => true};"
                + "PushManager.prototype.getSubscription = async function () { return window.__kiloSubscribed ? fake : null; };"
                + "PushManager.prototype.subscribe = async function (options) {"
                + "  window.__kiloServerKey = btoa(String.fromCharCode(...new Uint8Array(options.applicationServerKey)));"
                + "  window.__kiloSubscribed = true; return fake; };", pushService.subscriptionJson());

        click(phone, By.id("notify-me"));
        new WebDriverWait(phone, Duration.ofSeconds(15))
                .until(driver -> "subscribed".equals(driver.findElement(By.id("device-state")).getDomAttribute("data-state")));

        JsonNode devices = api.get("/api/notifications/subscriptions");
        assertThat(devices).hasSize(1);
        assertThat(devices.get(0).get("userId").asLong()).isEqualTo(api.get("/api/people/me").get("userId").asLong());
        assertThat(devices.get(0).get("device").asText()).contains("Chrome");
        String serverKey = api.get("/api/notifications/web-push").get("publicKey").asText();
        String subscribedWith = String.valueOf(phone.executeScript("return window.__kiloServerKey"));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(subscribedWith)))
                .as("the page subscribed with the server's VAPID public key").isEqualTo(serverKey);
        screenshot(phone, "notifications-390x844.png");
    }

    @Test
    @Order(4)
    void theLoggedInPersonsDoseReminderArrivesThereAndTakenLeavesTheOpenDashboardWithinASecond() throws Exception {
        String time = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"));
        String name = "Browser Metformin";
        long medication = api.send("POST", "/api/meds", JSON.writeValueAsString(Map.of("name", name, "form", "tablet",
                "times", List.of(time), "stock", 10, "personId", person)), 201).get("id").asLong();
        By dueRow = By.id("due-" + medication + "-" + time.replace(":", ""));
        live().until(ExpectedConditions.presenceOfElementLocated(dueRow));

        PushServiceAndBrowser.Received reminder = next(name);
        assertThat(reminder.payload().path("body").asText()).startsWith("Time to take " + name);
        String actionUrl = reminder.payload().path("actionUrl").asText();

        // what the service worker's notificationclick sends: POST, credentials 'omit', no body
        long pressed = System.nanoTime();
        HttpResponse<String> taken = HTTP.send(HttpRequest.newBuilder(app.uri(actionUrl + "/taken"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        new WebDriverWait(phone, Duration.ofSeconds(10), Duration.ofMillis(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.numberOfElementsToBe(dueRow, 0));
        Duration seen = Duration.ofNanos(System.nanoTime() - pressed);
        System.out.printf("Taken from the notification: gone from the open dashboard %d ms after the button's answer%n", seen.toMillis());
        assertThat(seen).as("the dashboard followed after " + seen.toMillis() + " ms").isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(api.get("/api/meds/" + medication).get("stock").asDouble()).isEqualTo(9.0);

        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(app.uri(actionUrl + "/taken"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    @Order(5)
    void sendATestAndSetUpAnNtfyTopicFromTheDashboard() throws Exception {
        click(phone, By.id("send-test"));
        assertThat(next("Kilo Guardian test").payload().path("body").asText()).startsWith("Reminders reach this device.");

        click(phone, By.id("reminder-channels"));
        WebElement url = new WebDriverWait(phone, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#channels-ntfy-url input")));
        url.sendKeys("https://ntfy.sh/kilo-browser-test");
        phone.findElement(By.cssSelector("#channels-quiet-from input")).sendKeys("22:00" + Keys.TAB);
        phone.findElement(By.cssSelector("#channels-quiet-to input")).sendKeys("07:00" + Keys.TAB);
        screenshot(phone, "notifications-channels-390x844.png");
        click(phone, By.id("channels-save"));
        new WebDriverWait(phone, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("channels-save")));
        JsonNode channels = api.get("/api/notifications/channels/" + person);
        assertThat(channels.get("ntfyUrl").asText()).isEqualTo("https://ntfy.sh/kilo-browser-test");
        assertThat(channels.get("quietFrom").asText()).startsWith("22:00");
        assertThat(channels.get("quietTo").asText()).startsWith("07:00");
    }

    private static PushServiceAndBrowser.Received next(String about) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            PushServiceAndBrowser.Received received = pushService.next(Duration.ofSeconds(15));
            if (received.payload().path("title").asText().contains(about)) {
                return received;
            }
        }
        throw new AssertionError("no push about " + about);
    }

    private static WebDriverWait live() {
        return PageActions.live(phone, Duration.ofSeconds(15));
    }
}
