package org.kiloguardian.gateway.realtime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Headless Chromium (Debian's chromium + chromium-driver) loads a page using socket.io-client's
 * browser bundle with the stock options, and shows a notification pushed by a REST call.
 */
@QuarkusTest
@TestSecurity(user = "test-member", roles = "member")
class BrowserPushTest {

    @TestHTTPResource("/api/test/realtime/page")
    URL page;

    @Test
    void aRestCallPushesANotificationIntoThePage() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("kilo-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(page.toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.textToBe(By.id("status"), "connected ok websocket"));

            given().queryParam("content", "Take the evening pills").post("/api/test/realtime/notify")
                    .then().statusCode(204);

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events"),
                    "reminder: Take the evening pills"));
            assertThat(browser.findElements(By.cssSelector("#events li"))).hasSize(1);
        } finally {
            browser.quit();
        }
    }
}
