package org.kiloguardian.gateway.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kiloguardian.gateway.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The production jar, as shipped, against a real PostgreSQL that it has never seen before. */
class ProductionJarIT {

    private static final String ADMIN = "household-admin";
    private static final String PASSWORD = "a long household secret";

    private static EmbeddedPostgres postgres;
    private static String token;
    private static RunningProductionJar app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheJar() throws Exception {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        app = RunningProductionJar.start(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                Map.of("KILO_ADMIN_USERNAME", ADMIN, "KILO_ADMIN_PASSWORD", PASSWORD));
        token = createToken();
    }

    @AfterAll
    static void stopTheJar() throws IOException {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void runsInVaadinProductionModeWithoutTheSourceTree() {
        String log = app.log();
        assertThat(log).doesNotContain("Vaadin is running in DEVELOPMENT mode");
        assertThat(log).contains("Profile prod activated");
    }

    @Test
    void isReadyWithItsDatabase() throws Exception {
        HttpResponse<String> ready = get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\": \"UP\"");
    }

    @Test
    void servesEveryModuleFromTheDatabase() throws Exception {
        // each call fails with "Entity ... was not found" if a module lost its Jandex index
        for (String path : new String[] {"/api/habits", "/api/meds", "/api/financial/transactions"}) {
            HttpResponse<String> response = getWithToken(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type").orElse("").startsWith("application/json")).as(path).isTrue();
        }
    }

    @Test
    void refusesAnonymousApiCalls() throws Exception {
        assertThat(get("/api/habits").statusCode()).isEqualTo(401);
    }

    @Test
    void answersAnUnknownApiPathWithAJsonProblem() throws Exception {
        HttpResponse<String> response = getWithToken("/api/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type").orElse("")).isEqualTo("application/problem+json");
        assertThat(response.body()).doesNotContain("window.Vaadin");
    }

    @Test
    void rendersTheUiInARealBrowser() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);

        WebDriver browser = HeadlessChromium.start(1280, 800);
        try {
            browser.get(app.uri("/").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            // an anonymous visitor is sent to the login page, rendered by the booted Vaadin client
            wait.until(ExpectedConditions.urlContains("/login"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                    .sendKeys(ADMIN);
            browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD + Keys.ENTER);
            String heading = wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("product-name")))
                    .getText();
            assertThat(heading).isEqualTo("Kilo Guardian");
            assertThat(browser.getTitle()).isEqualTo("Dashboard · Kilo Guardian");
        } finally {
            browser.quit();
        }
    }

    private static String createToken() throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes());
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/api/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"production test\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("token").asText();
    }

    private HttpResponse<String> getWithToken(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
