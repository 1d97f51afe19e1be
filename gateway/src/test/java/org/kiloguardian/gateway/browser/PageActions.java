package org.kiloguardian.gateway.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on a live page: click what may sit off screen, wait for what a push replaces. */
public final class PageActions {

    private static final Duration FIND = Duration.ofSeconds(20);

    private PageActions() {
    }

    /** Scrolls first: on a long page the button may sit outside the scrolled content, which Selenium calls invisible. */
    public static void click(WebDriver browser, By by) {
        WebElement element = new WebDriverWait(browser, FIND).until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new WebDriverWait(browser, FIND).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** A wait that shrugs off stale elements: a push may replace an element between finding and reading it. */
    public static WebDriverWait live(WebDriver browser, Duration within) {
        WebDriverWait wait = new WebDriverWait(browser, within);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
