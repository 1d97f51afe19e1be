package org.kiloguardian.gateway.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertFalse(log.contains("Vaadin is running in DEVELOPMENT mode"), log);
        assertTrue(log.contains("Profile prod activated"), log);
    }

    @Test
    void isReadyWithItsDatabase() throws Exception {
        HttpResponse<String> ready = get("/q/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\": \"UP\""), ready.body());
    }

    @Test
    void servesEveryModuleFromTheDatabase() throws Exception {
        // each call fails with "Entity ... was not found" if a module lost its Jandex index
        for (String path : new String[] {"/api/habits", "/api/meds", "/api/financial/transactions"}) {
            HttpResponse<String> response = getWithToken(path);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
        }
    }

    @Test
    void refusesAnonymousApiCalls() throws Exception {
        assertEquals(401, get("/api/habits").statusCode());
    }

    @Test
    void answersAnUnknownApiPathWithAJsonProblem() throws Exception {
        HttpResponse<String> response = getWithToken("/api/nope");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElse(""));
        assertFalse(response.body().contains("window.Vaadin"));
    }

    @Test
    void rendersTheUiInARealBrowser() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());

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
            assertEquals("Kilo Guardian", heading);
            assertEquals("Dashboard · Kilo Guardian", browser.getTitle());
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
        assertEquals(201, created.statusCode(), created.body());
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
