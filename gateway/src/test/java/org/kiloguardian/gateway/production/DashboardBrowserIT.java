package org.kiloguardian.gateway.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiloguardian.gateway.browser.PageActions.click;
import static org.kiloguardian.gateway.browser.Screenshots.screenshotOfContent;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kiloguardian.gateway.browser.HeadlessChromium;
import org.kiloguardian.gateway.browser.LoginForm;
import org.kiloguardian.gateway.browser.PageActions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.socket.client.IO;
import io.socket.client.Socket;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The dashboard in two real browsers at once, against the production jar with the demo household:
 * a tablet (1280×800) that makes changes and a phone (390×844) that is never reloaded and must see
 * each change arrive by server push.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final String ADMIN = "household-admin";
    private static final String PASSWORD = "a long household secret";
    /** The issue asks for one second; a loaded CI machine gets some slack, the push itself is immediate. */
    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static EmbeddedPostgres postgres;
    @AutoClose
    private static RunningProductionJar app;
    private static HouseholdApi api;
    @AutoClose("quit")
    private static ChromeDriver tablet;
    @AutoClose("quit")
    private static ChromeDriver phone;
    private static long habitId;
    private static long medicationId;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        app = RunningProductionJar.start(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                Map.of("KILO_ADMIN_USERNAME", ADMIN, "KILO_ADMIN_PASSWORD", PASSWORD, "KILO_DEMO_DATA", "true",
                        "KILO_HOUSEHOLD_LOCALE", "en-GB", "KILO_HOUSEHOLD_CURRENCY", "EUR"));
        api = HouseholdApi.withNewToken(app, ADMIN, PASSWORD, "browser test");
        habitId = api.post("/api/habits", "{\"name\":\"Stretch (browser test)\"}").get("id").asLong();
        // a dose at midnight is due (or missed, still takeable) whenever the test runs
        medicationId = api.post("/api/meds", "{\"name\":\"Test drops\",\"dosage\":\"5 mg\",\"form\":\"tablet\",\"times\":[\"00:00\"],"
                + "\"stock\":10}").get("id").asLong();
        tablet = HeadlessChromium.start(1280, 800);
        phone = HeadlessChromium.start(390, 844);
        for (ChromeDriver browser : new ChromeDriver[] {tablet, phone}) {
            LoginForm.logIn(browser, app.uri("/"), ADMIN, PASSWORD, By.id("dashboard"), By.id("habit-" + habitId));
        }
    }

    @Test
    @Order(1)
    void showsTheDemoHouseholdOnPhoneAndTablet() throws IOException, InterruptedException {
        for (ChromeDriver browser : new ChromeDriver[] {tablet, phone}) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart svg rect")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#spending-chart svg rect")));
            assertThat(browser.findElements(By.cssSelector("#budgets vaadin-progress-bar")).size() >= 4).as("the demo budgets are shown").isTrue();
            assertThat(browser.findElement(By.id("habits-today")).getText()).contains("Morning walk");
            assertThat(browser.findElement(By.id("meds-due")).getText()).contains("Metformin");
            assertThat(browser.findElement(By.id("recent-transactions")).getText()).as("money in the household currency").contains("€");
        }
        HttpResponse<String> styles = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/styles/kilo.css")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(styles.statusCode()).as("the small-screen rules are served").isEqualTo(200);
        assertThat(styles.body()).contains("@media");
        assertThat(phone.executeScript("return window.innerWidth === 390 && window.innerHeight === 844 ? 1 : 0")).isEqualTo(1L);

        screenshotOfContent(tablet, "dashboard-1280x800.png");
        screenshotOfContent(phone, "dashboard-390x844.png");
        assertThat(phone.findElement(By.id("current-user")).getCssValue("display")).as("the phone's navbar drops the user name").isEqualTo("none");
        tablet.executeScript("document.getElementById('trend-chart').scrollIntoView()");
        screenshotOfContent(tablet, "dashboard-1280x800-charts.png");
        for (String chart : new String[] {"spending-chart", "trend-chart"}) {
            // read from across the room: chart labels at least the size of Lumo's small text (14 px)
            Number smallest = (Number) tablet.executeScript("return Math.min(...Array.from(document.querySelectorAll('#" + chart
                    + " svg text')).map(t => t.getBoundingClientRect().height))");
            assertThat(smallest.doubleValue()).as(chart + " text renders " + smallest + " px high on the tablet").isGreaterThanOrEqualTo(14);
        }
        tablet.executeScript("document.getElementById('habits-today').scrollIntoView()");

        tablet.findElement(By.id("theme-toggle")).click();
        new WebDriverWait(tablet, Duration.ofSeconds(10)).until(driver -> themes((ChromeDriver) driver).contains("dark"));
        screenshotOfContent(tablet, "dashboard-1280x800-dark.png");
        tablet.executeScript("document.getElementById('trend-chart').scrollIntoView()");
        screenshotOfContent(tablet, "dashboard-1280x800-dark-charts.png");
        tablet.executeScript("document.getElementById('habits-today').scrollIntoView()");
        tablet.findElement(By.id("theme-toggle")).click();
        new WebDriverWait(tablet, Duration.ofSeconds(10)).until(driver -> !themes((ChromeDriver) driver).contains("dark"));
    }

    @Test
    @Order(2)
    void completingAHabitShowsOnTheOtherBrowserLive() {
        String row = "habit-" + habitId;
        assertThat(tablet.findElement(By.id(row)).getDomAttribute("data-done")).isEqualTo("false");
        click(tablet, By.id("complete-habit-" + habitId));
        waitForAttribute(tablet, row, "data-done", "true");
        waitForAttribute(phone, row, "data-done", "true");

        click(tablet, By.id("undo-habit-" + habitId));
        waitForAttribute(tablet, row, "data-done", "false");
        waitForAttribute(phone, row, "data-done", "false");
    }

    @Test
    @Order(3)
    void aChangeMadeThroughTheApiShowsLiveToo() throws Exception {
        String row = "habit-" + habitId;
        HttpResponse<String> completed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/api/habits/" + habitId + "/completions"))
                .header("Authorization", "Bearer " + api.token()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        waitForAttribute(phone, row, "data-done", "true");
        waitForAttribute(tablet, row, "data-done", "true");
    }

    @Test
    @Order(4)
    void takingADoseLowersTheStockEverywhere() {
        By stock = By.id("med-" + medicationId + "-detail");
        assertThat(tablet.findElement(stock).getText().startsWith("10 tablet")).as(tablet.findElement(stock).getText()).isTrue();
        assertThat(phone.findElement(stock).getText().startsWith("10 tablet")).as(phone.findElement(stock).getText()).isTrue();

        click(tablet, By.id("take-med-" + medicationId + "-0000"));

        for (ChromeDriver browser : new ChromeDriver[] {tablet, phone}) {
            live(browser).until(driver -> driver.findElement(stock).getText().startsWith("9 tablet"));
            live(browser).until(ExpectedConditions.numberOfElementsToBe(By.id("due-" + medicationId + "-0000"), 0));
        }
    }

    @Test
    @Order(5)
    void addingATransactionUpdatesTheGridAndTheBudgetBar() throws IOException {
        By groceries = By.id("budget-groceries-amounts");
        String before = phone.findElement(groceries).getText();

        tablet.get(app.uri("/finance").toString());
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-transaction"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tx-amount input"))).sendKeys("-23.45");
        tablet.findElement(By.cssSelector("#tx-description input")).sendKeys("Browser test groceries");
        tablet.findElement(By.cssSelector("#tx-category input")).sendKeys("Groceries");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='Groceries']"))).click();
        click(tablet, By.id("tx-save"));

        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Browser test groceries')]")));
        screenshotOfContent(tablet, "finance-1280x800.png");

        WebDriverWait live = live(phone);
        live.until(driver -> !driver.findElement(groceries).getText().equals(before));
        live.until(driver -> driver.findElement(By.id("recent-transactions")).getText().contains("Browser test groceries"));
        String after = phone.findElement(groceries).getText();
        assertThat(spent(after)).as(before + " -> " + after).isGreaterThan(spent(before));
    }

    @Test
    @Order(7)
    void theAdminSeesUsersAndSystemStatus() {
        tablet.get(app.uri("/admin").toString());
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + ADMIN + "']")));
        assertThat(tablet.findElements(By.cssSelector("vaadin-side-nav-item[path='admin']")).size()).as("admins see Admin in the menu").isEqualTo(1);
        // a household client connected over Socket.IO with a personal token shows up in the status
        IO.Options options = IO.Options.builder().setForceNew(true)
                .setTransports(new String[] {"websocket"}).setReconnection(false).build();
        options.auth = Map.of("token", api.token());
        Socket socket = IO.socket(app.uri("/"), options);
        CompletableFuture<Object> greeted = new CompletableFuture<>();
        socket.on("connected", greeted::complete);
        socket.connect();
        try {
            greeted.get(20, TimeUnit.SECONDS);
            click(tablet, By.xpath("//vaadin-tab[normalize-space(.)='System']"));
            wait.until(driver -> driver.findElement(By.id("status-database")).getText().startsWith("Up"));
            int live = Integer.parseInt(tablet.findElement(By.id("status-live-connections")).getText().trim());
            assertThat(live).as("live Socket.IO connections: " + live).isGreaterThanOrEqualTo(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            socket.close();
        }
    }

    @Test
    @Order(6)
    void aRefusedFormShowsTheErrorBesideTheField() throws IOException {
        tablet.get(app.uri("/habits").toString());
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-habit"))).click();
        click(tablet, By.id("habit-save"));
        wait.until(driver -> driver.findElement(By.id("habit-name")).getDomAttribute("invalid") != null);
        String message = tablet.findElement(By.cssSelector("#habit-name [slot='error-message']")).getText();
        assertThat(message.isBlank()).as("the service's message is shown on the name field").isFalse();
        tablet.findElement(By.cssSelector("#habit-name input")).sendKeys("Floss");
        click(tablet, By.id("habit-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Floss']")));
        // the phone, still on the dashboard, gets the new habit without a reload
        live(phone).until(driver -> driver.findElement(By.id("habits-today")).getText().contains("Floss"));

        // a habit's streaks, rates and calendar: the demo walk has a month of history
        click(tablet, By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Morning walk']"));
        wait.until(driver -> driver.findElement(By.id("habit-stats")).getText().contains("longest"));
        assertThat(tablet.findElements(By.cssSelector("#habit-heatmap span[title$=': done']")).size() >= 15)
                .as("the heat map shows the done days of the last weeks").isTrue();
        screenshotOfContent(tablet, "habits-1280x800.png");
    }

    @Test
    @Order(8)
    void aRefillFromTheDashboardRaisesTheStockAndClearsTheWarning() throws Exception {
        long metformin = 0;
        for (JsonNode medication : api.get("/api/meds")) {
            if (medication.get("name").asText().equals("Metformin")) {
                metformin = medication.get("id").asLong();
            }
        }
        By stock = By.id("med-" + metformin + "-detail");
        tablet.get(app.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(stock));
        assertThat(tablet.findElement(stock).getText().startsWith("9 tablets")).as(tablet.findElement(stock).getText()).isTrue();
        click(tablet, By.id("refill-med-" + metformin));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#refill-quantity input"))).sendKeys("60");
        click(tablet, By.id("refill-save"));
        for (ChromeDriver browser : new ChromeDriver[] {tablet, phone}) {
            live(browser).until(driver -> driver.findElement(stock).getText().startsWith("69 tablets"));
        }
        assertThat(phone.findElements(By.id("refill-med-" + metformin))).as("enough stock: no refill warning any more").hasSize(0);

        tablet.get(app.uri("/meds").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Metformin 500 mg']")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dose-log")));
        assertThat(tablet.findElement(By.id("meds-adherence")).getText().startsWith("Doses taken")).isTrue();
        screenshotOfContent(tablet, "meds-1280x800.png");
    }

    @Test
    @Order(9)
    void aBudgetEditAndARefillMadeThroughTheApiShowLive() throws Exception {
        By groceries = By.id("budget-groceries-amounts");
        By drops = By.id("med-" + medicationId + "-detail");
        String before = phone.findElement(groceries).getText();
        assertThat(phone.findElement(drops).getText().startsWith("9 tablet")).as(phone.findElement(drops).getText()).isTrue();
        JsonNode budget = null;
        for (JsonNode candidate : api.get("/api/financial/budgets")) {
            if (candidate.get("category").asText().equals("Groceries")) {
                budget = candidate;
            }
        }
        assertThat(budget).as("the demo household budgets for groceries").isNotEqualTo(null);

        api.send("PUT", "/api/financial/budgets/" + budget.get("id").asLong(),
                "{\"category\":\"Groceries\",\"monthlyLimit\":\"987.00\",\"rollover\":false}", 200);
        api.post("/api/meds/" + medicationId + "/refills", "{\"quantity\":\"20\"}");

        WebDriverWait live = live(phone);
        live.until(driver -> driver.findElement(groceries).getText().contains("987.00"));
        live.until(driver -> driver.findElement(drops).getText().startsWith("29 tablet"));
        assertThat(before.contains("987.00")).as(before).isFalse();
    }

    @Test
    @Order(10)
    void aTokenIssuedThroughTheApiShowsInTheOpenAdminView() throws Exception {
        tablet.get(app.uri("/admin").toString());
        click(tablet, By.xpath("//vaadin-tab[normalize-space(.)='API tokens']"));
        By issued = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='kitchen display']");
        new WebDriverWait(tablet, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='browser test']")));
        assertThat(tablet.findElements(issued)).hasSize(0);

        HouseholdApi.newToken(app, ADMIN, PASSWORD, "kitchen display");

        live(tablet).until(ExpectedConditions.presenceOfElementLocated(issued));
    }

    @Test
    @Order(11)
    void aStatementOverOneMegabyteUploadsThroughTheImportTab() throws IOException {
        // above the 1 MB that other requests may carry (kilo.http.max-body-size), below the import's own 2 MB
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        int rows = 0;
        while (csv.length() < 1_800_000) {
            csv.append("2020-01-15,Browser upload row ").append(rows++).append(' ').append("padding ".repeat(16))
                    .append(",-1.00\n");
        }
        Path statement = Files.createTempDirectory("kilo-upload").resolve("big-statement.csv");
        Files.writeString(statement, csv);

        tablet.get(app.uri("/finance").toString());
        click(tablet, By.xpath("//vaadin-tab[normalize-space(.)='Import']"));
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(60));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("csv-upload")));
        WebElement fileInput = (WebElement) tablet.executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                upload);
        fileInput.sendKeys(statement.toString());

        String expected = "Preview of big-statement.csv: " + rows + " rows, " + rows + " new";
        wait.until(driver -> !driver.findElements(By.id("csv-summary")).isEmpty()
                && driver.findElement(By.id("csv-summary")).getText().startsWith(expected));
    }

    @Test
    @Order(12)
    void aLowBalanceLevelSetOnTheAccountsTabWarnsOnTheOtherScreen() {
        tablet.get(app.uri("/finance").toString());
        click(tablet, By.xpath("//vaadin-tab[normalize-space(.)='Accounts']"));
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        click(tablet, By.cssSelector("vaadin-button[aria-label='Edit Household']"));
        WebElement level = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-low-balance input")));
        level.sendKeys("1000000"); // far above any balance the demo household has
        click(tablet, By.id("account-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '1,000,000')]")));

        live(phone).until(driver -> driver.findElement(By.id("notices")).getText().contains("Household: the balance is"));
        // the household's money format (en-GB, EUR), as on the accounts tab
        assertThat(phone.findElement(By.id("notices")).getText()).contains("under the €1,000,000.00 you set");
    }

    @Test
    @Order(13)
    void aDateTheFieldCannotReadIsShownThereAndNothingIsSavedDatedToday() {
        tablet.get(app.uri("/finance").toString());
        WebDriverWait wait = new WebDriverWait(tablet, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-transaction"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tx-amount input"))).sendKeys("-4.56");
        tablet.findElement(By.cssSelector("#tx-description input")).sendKeys("Typed on the 31st of February");
        WebElement date = tablet.findElement(By.cssSelector("#tx-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "31/02/2026", Keys.TAB); // en-GB
        click(tablet, By.id("tx-save"));

        // the field could not read it, so its value was empty, and the service took "no date" for today
        wait.until(driver -> driver.findElement(By.id("tx-date")).getDomAttribute("invalid") != null);
        assertThat(tablet.findElement(By.id("tx-date")).getDomProperty("errorMessage")).contains("check what was typed");
        assertThat(tablet.findElements(By.id("tx-save"))).as("the dialog stays open").hasSize(1);

        // today, so that the row is on the grid's first page
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.TAB);
        click(tablet, By.id("tx-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Typed on the 31st of February')]")));
        assertThat(tablet.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'Typed on the 31st of February')]")))
                .as("saved once, with the date typed the second time").hasSize(1);
    }

    @Test
    @Order(20)
    void loggingOutOnOneDeviceSendsEveryOpenPageOfThatUserToTheLoginPage() {
        tablet.get(app.uri("/").toString());
        new WebDriverWait(tablet, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
        phone.get(app.uri("/").toString());

        click(phone, By.id("logout"));
        new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));

        // the tablet did nothing: the server sends its open page away
        live(tablet).until(ExpectedConditions.urlContains("/login"));
        tablet.get(app.uri("/habits").toString());
        new WebDriverWait(tablet, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        assertThat(tablet.findElements(By.id("dashboard"))).hasSize(0);
    }

    private static String themes(ChromeDriver browser) {
        return String.valueOf(browser.executeScript(
                "return (document.documentElement.getAttribute('theme') || '') + ' ' + (document.body.getAttribute('theme') || '')"));
    }

    /** "€123.45 of €420.00 · 29.4 %" -> 123.45 */
    private static double spent(String amounts) {
        String first = amounts.substring(0, amounts.indexOf(" of ")).replaceAll("[^0-9.]", "");
        return Double.parseDouble(first);
    }

    private static WebDriverWait live(WebDriver browser) {
        return PageActions.live(browser, LIVE);
    }

    private static void waitForAttribute(WebDriver browser, String id, String attribute, String value) {
        live(browser).until(driver -> {
            var found = driver.findElements(By.id(id));
            return !found.isEmpty() && value.equals(found.get(0).getDomAttribute(attribute));
        });
    }
}
