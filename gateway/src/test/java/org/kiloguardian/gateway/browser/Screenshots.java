package org.kiloguardian.gateway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Screenshots of the browser tests, for people to look at: in {@code kilo.screenshots} (default target/screenshots). */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path screenshot(TakesScreenshot browser, String name) throws IOException {
        Path directory = Path.of(System.getProperty("kilo.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A screenshot of a rendered page: a blank one is a few kilobytes of PNG. */
    public static Path screenshotOfContent(TakesScreenshot browser, String name) throws IOException {
        Path file = screenshot(browser, name);
        assertThat(Files.size(file)).as(file + " looks empty").isGreaterThan(10_000);
        return file;
    }
}
