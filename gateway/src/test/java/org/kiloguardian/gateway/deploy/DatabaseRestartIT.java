package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiloguardian.gateway.browser.Screenshots.screenshot;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.json.JSONObject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiloguardian.gateway.browser.HeadlessChromium;
import org.kiloguardian.gateway.browser.LoginForm;
import org.kiloguardian.gateway.production.HouseholdApi;
import org.kiloguardian.gateway.production.RunningProductionJar;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.socket.client.IO;
import io.socket.client.Socket;

/**
 * PostgreSQL restarted under the production jar, as a k3s pod restart does it: the same server
 * (Debian's PostgreSQL 15) stopped and started again on the same port and data directory, by a
 * pod's termination (fast) or a kill (immediate), while the app keeps running.
 * <ul>
 * <li>While it is down, every API call answers 503 problem+json with Retry-After within seconds
 * (never 500, and never 401: a token, a session or a password cannot be checked without it), a page
 * says the database is unavailable and retries, and Socket.IO says so too. Only the lists kept
 * between two changes may answer from memory, with what they answered before.</li>
 * <li>Within 5 s of it accepting connections again every request succeeds, with no restart of the
 * app; connections pooled before the restart are never handed out dead.</li>
 * </ul>
 * The tests run in order on one app: the first one finds the household still without users, so that
 * a page anybody may open (the first-run setup) needs the database, then creates the admin.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseRestartIT {

    private static final String ADMIN = "household-admin";
    private static final String PASSWORD = "a long household secret";
    private static final String[] API = {"/api/habits", "/api/meds", "/api/financial/accounts"};
    /** Lists kept between two changes (docs/performance.md): with no change possible, they may still answer from memory. */
    private static final List<String> KEPT = List.of("/api/habits/today", "/api/financial/transactions");
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    /** While the database is down a request must give up quickly; the pool is configured for about 2-3 s. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(5);
    /** Generous for a loaded 2-core machine; the assertions that matter measure their own bounds. */
    private static final Duration BROWSER = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static DebianPostgres postgres;
    @AutoClose
    private static RunningProductionJar app;
    @AutoClose("quit")
    private static ChromeDriver browser;
    private static String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        postgres = DebianPostgres.start("kilo");
        // the timers every second, so that they run while the database is down
        app = RunningProductionJar.start(postgres.jdbcUrl("kilo"), DebianPostgres.USER, DebianPostgres.PASSWORD,
                Map.of("KILO_MEDS_REMINDER_EVERY", "1s", "KILO_FINANCIAL_SCHEDULER_EVERY", "1s"));
        browser = HeadlessChromium.start(1280, 800);
    }

    @Test
    @Order(1)
    void aPageThatNeedsTheStoppedDatabaseSaysSoAndRetriesUntilItIsBack() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, BROWSER);
        browser.get(app.uri("/setup").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#setup-code input")));
        type("setup-code", "AAAA-BBBB-CCCC");
        type("setup-username", ADMIN);
        type("setup-display-name", "Household admin");
        type("setup-password", PASSWORD);
        type("setup-repeat", PASSWORD);

        postgres.stopServer("fast");
        // a click whose listener needs the database: a notice, not Vaadin's internal error
        browser.findElement(By.id("setup-create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "The database is unavailable right now"));

        // opening the page needs the database too: the error view says so instead of an error
        browser.get(app.uri("/setup").toString());
        String notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("database-unavailable"))).getText();
        assertThat(notice).contains("The database is unavailable", "reloads by itself");
        assertThat(browser.getPageSource()).doesNotContain("There was an exception while trying to navigate");
        screenshot(browser, "database-unavailable-view-1280x800.png");

        postgres.startServer();
        // the page reloads itself every 5 s and finds the form again
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#setup-code input")));

        createTheAdminWithTheCodeFromTheLog(wait);
    }

    @Test
    @Order(2)
    void anOpenDashboardSaysTheDatabaseIsUnavailableAndComesBackByItself() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, BROWSER);
        browser.get(app.uri("/").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("product-name")));

        // a session checked within the last minute is remembered and needs no database; any change of
        // access forgets every remembered check, so the click below checks the session against it again
        forgetRememberedChecks();
        postgres.stopServer("fast");
        // a click on the open page: its request needs the database for the session, the answer is a 503;
        // Vaadin shows its reconnecting indicator, which names the database among the causes, and retries
        browser.findElement(By.id("theme-toggle")).click();
        wait.until(driver -> String.valueOf(browser.executeScript(
                "var i = document.querySelector('vaadin-connection-indicator'); return i ? i.textContent : '';"))
                .contains("its database is not answering"));
        screenshot(browser, "database-unavailable-reconnecting-1280x800.png");

        // the session of the next page load is checked against the database: a page that says why and retries
        browser.navigate().refresh();
        String notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("database-unavailable"))).getText();
        assertThat(notice).contains("The database is unavailable", "reloads by itself");
        screenshot(browser, "database-unavailable-page-1280x800.png");

        postgres.startServer();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("product-name")));
        assertThat(browser.getTitle()).isEqualTo("Dashboard · Kilo Guardian");
    }

    @ParameterizedTest(name = "stopped {0}")
    @ValueSource(strings = {"fast", "immediate"})
    @Order(3)
    void connectionsPooledBeforeARestartAreNeverHandedOutDead(String mode) throws Exception {
        // fill the pool, as a busy evening does, then restart the database while nobody calls
        List<Call> before = burst(30);
        assertThat(before).allSatisfy(call -> assertThat(call.status).as(call.toString()).isEqualTo(200));

        postgres.stopServer(mode);
        postgres.startServer();

        // the morning after: every pooled connection is dead, none may fail a request
        List<Call> after = burst(30);
        assertThat(after).allSatisfy(call -> assertThat(call.status).as(call.toString()).isEqualTo(200));
    }

    @ParameterizedTest(name = "stopped {0}")
    @ValueSource(strings = {"fast", "immediate"})
    @Order(4)
    void underLoadTheApiAnswers503WhileTheDatabaseIsDownAndRecoversWithinFiveSeconds(String mode) throws Exception {
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of(API));
        paths.addAll(KEPT);
        for (int worker = 0; worker < 4; worker++) {
            int offset = worker;
            workers.add(load.submit(() -> {
                for (int i = offset; running.get(); i++) {
                    calls.add(call(paths.get(i % paths.size())));
                    pause(50);
                }
                return null;
            }));
        }
        String session = sessionCookie();
        // never used: the app has not checked it, so it needs the database (creating it forgets every kept check)
        String unchecked = newToken("never used " + System.nanoTime());
        assertThat(socketConnects(token())).as("a token socket connects before the outage").isTrue();
        long down;
        long restarting;
        long back;
        JSONObject socketRefusal;
        boolean keptSocketConnected;
        List<Call> otherCredentials;
        try {
            Thread.sleep(2_000);
            postgres.stopServer(mode);
            down = System.nanoTime();
            socketRefusal = socketRefusal(unchecked);
            keptSocketConnected = socketConnects(token());
            // the other credentials need the database as much as a token: 503 too, not 401
            otherCredentials = List.of(send(HttpRequest.newBuilder(app.uri("/api/habits")).header("Cookie", session), "/api/habits (session)"),
                    send(HttpRequest.newBuilder(app.uri("/api/tokens")).header("Authorization", "Basic " + basic())
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")),
                            "POST /api/tokens (Basic)"));
            Thread.sleep(4_000);
            restarting = System.nanoTime();
            postgres.startServer();
            back = System.nanoTime();
            Thread.sleep(RECOVERY.toMillis() + 5_000);
        } finally {
            running.set(false);
            load.shutdown();
        }
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        List<Call> all = new ArrayList<>(calls);
        report(mode, all, down, back);

        // never a 500, never a broken connection: 200, or 503 with what a client needs to retry
        assertThat(all).allSatisfy(call -> assertThat(call.status).as(call.toString()).isIn(200, 503));
        assertThat(otherCredentials).allSatisfy(call -> assertThat(call.status).as(call.toString()).isEqualTo(503));
        List<Call> answered503 = new ArrayList<>(all);
        answered503.addAll(otherCredentials);
        assertThat(answered503).filteredOn(call -> call.status == 503).allSatisfy(call -> {
            assertThat(call.retryAfter).as(call.toString()).isEqualTo("5");
            assertThat(call.contentType).as(call.toString()).isEqualTo("application/problem+json");
            assertThat(call.body).as(call.toString()).contains("\"status\":503", "database is unavailable");
        });
        List<Call> duringOutage = all.stream().filter(call -> call.start > down && call.end < restarting).toList();
        // a kept list may answer from memory, and only with what it answered before: nothing can change meanwhile
        for (String kept : KEPT) {
            String lastBefore = all.stream().filter(call -> call.what.equals(kept) && call.end < down && call.status == 200)
                    .reduce((first, second) -> second).orElseThrow().body;
            assertThat(duringOutage).filteredOn(call -> call.what.equals(kept)).as(kept + " while the database was down")
                    .isNotEmpty().allSatisfy(call -> assertThat(call.status == 503 || call.status == 200 && call.body.equals(lastBefore))
                            .as(call + " (before: " + lastBefore + ")").isTrue());
        }
        assertThat(duringOutage).filteredOn(call -> !KEPT.contains(call.what)).as("calls while the database was down").isNotEmpty()
                .allSatisfy(call -> assertThat(call.status).as(call.toString()).isEqualTo(503))
                .allSatisfy(call -> assertThat(Duration.ofNanos(call.end - call.start)).as(call.toString()).isLessThan(FAIL_FAST));
        List<Call> recovered = all.stream().filter(call -> call.start >= back + RECOVERY.toNanos()).toList();
        assertThat(recovered).as("calls from 5 s after the database was back").isNotEmpty()
                .allSatisfy(call -> assertThat(call.status).as(call.toString()).isEqualTo(200));

        // Socket.IO: a token cannot be checked without the database; that is said, not "unauthorized"
        assertThat(socketRefusal.getString("message")).isEqualTo("database unavailable");
        assertThat(socketRefusal.getJSONObject("data").getInt("retryAfter")).isEqualTo(5);
        // one checked a moment ago, whose login's person is known too, needs no database: nothing changed since
        assertThat(keptSocketConnected).as("a socket of a token checked a moment ago, while the database was down").isTrue();
        assertThat(socketConnects(unchecked)).as("a token socket connects once the database is back").isTrue();

        // the timers say in one line that they wait for the database; no stack trace per run
        assertThat(app.log()).as("the app's log").doesNotContain("Error occurred while executing task")
                .contains("Dose reminders wait for the database", "Due dates and bill reminders wait for the database");
    }

    private void report(String mode, List<Call> all, long down, long back) {
        long lastFailureEnd = all.stream().filter(call -> call.status != 200).mapToLong(call -> call.end).max().orElse(down);
        System.out.printf("Database restart (%s): %d calls, %d answered 503; the last failure ended %d ms after the database was back%n",
                mode, all.size(), all.stream().filter(call -> call.status == 503).count(),
                TimeUnit.NANOSECONDS.toMillis(lastFailureEnd - back));
    }

    private List<Call> burst(int concurrent) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        try {
            List<Future<Call>> futures = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                String path = API[i % API.length];
                futures.add(pool.submit(() -> call(path)));
            }
            List<Call> calls = new ArrayList<>();
            for (Future<Call> future : futures) {
                calls.add(future.get(60, TimeUnit.SECONDS));
            }
            return calls;
        } finally {
            pool.shutdown();
        }
    }

    private Call call(String path) {
        try {
            return send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token()), path);
        } catch (IOException | InterruptedException e) {
            return new Call(path, System.nanoTime(), System.nanoTime(), -1, null, null, e.toString());
        }
    }

    private Call send(HttpRequest.Builder request, String what) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Call(what, start, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException | InterruptedException e) {
            return new Call(what, start, System.nanoTime(), -1, null, null, e.toString());
        }
    }

    /** The login form's session cookie, as {@code name=value}. */
    private String sessionCookie() throws IOException, InterruptedException {
        String form = "username=" + java.net.URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> loggedIn = http.send(HttpRequest.newBuilder(app.uri("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return loggedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("quarkus-credential="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + loggedIn.headers()));
    }

    private static String basic() {
        return Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private JSONObject socketRefusal(String token) throws Exception {
        Socket socket = IO.socket(app.uri("/"), socketOptions(token));
        CompletableFuture<JSONObject> refused = new CompletableFuture<>();
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> refused.complete((JSONObject) args[0]));
        socket.on("connected", args -> refused.completeExceptionally(new AssertionError("connected without a database")));
        socket.connect();
        try {
            return refused.get(30, TimeUnit.SECONDS);
        } finally {
            socket.close();
        }
    }

    private boolean socketConnects(String token) throws Exception {
        Socket socket = IO.socket(app.uri("/"), socketOptions(token));
        CompletableFuture<Boolean> greeted = new CompletableFuture<>();
        socket.on("connected", args -> greeted.complete(true));
        socket.on(Socket.EVENT_CONNECT_ERROR, args -> greeted.complete(false));
        socket.connect();
        try {
            return greeted.get(30, TimeUnit.SECONDS);
        } finally {
            socket.close();
        }
    }

    private static IO.Options socketOptions(String token) {
        IO.Options options = IO.Options.builder().setForceNew(true).setTransports(new String[] {"websocket"})
                .setReconnection(false).build();
        options.auth = Map.of("token", token);
        return options;
    }

    private void createTheAdminWithTheCodeFromTheLog(WebDriverWait wait) {
        Matcher code = Pattern.compile("one-time setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})").matcher(app.log());
        assertThat(code.find()).as("the setup code in the log").isTrue();
        // the reloaded page is a new form
        type("setup-code", code.group(1));
        type("setup-username", ADMIN);
        type("setup-display-name", "Household admin");
        type("setup-password", PASSWORD);
        type("setup-repeat", PASSWORD);
        browser.findElement(By.id("setup-create")).click();
        LoginForm.submit(browser, wait, ADMIN, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("product-name")));
    }

    /** A new API token is a change of access: the app forgets every remembered token and session check. */
    private static void forgetRememberedChecks() throws IOException, InterruptedException {
        newToken("forget checks " + System.nanoTime());
    }

    private static synchronized String token() throws IOException, InterruptedException {
        if (token == null) {
            token = newToken("restart test");
        }
        return token;
    }

    /** A new API token of the admin; returns its secret. */
    private static String newToken(String name) throws IOException, InterruptedException {
        return HouseholdApi.newToken(app, ADMIN, PASSWORD, name);
    }

    private static void type(String id, String text) {
        browser.findElement(By.cssSelector("#" + id + " input")).sendKeys(text);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Call(String what, long start, long end, int status, String retryAfter, String contentType, String body) {
        @Override
        public String toString() {
            return what + " -> " + status + " in " + TimeUnit.NANOSECONDS.toMillis(end - start) + " ms, Retry-After " + retryAfter
                    + ", " + contentType + ": " + (body == null ? "" : body.substring(0, Math.min(body.length(), 300)));
        }
    }
}
