package org.kiloguardian.gateway.browser;

import java.net.URI;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The app's login form as a person fills it in Chromium: user name, password, Enter. */
public final class LoginForm {

    /** A production jar's first page can be slow on a loaded machine (the front-end bundle, the first query). */
    private static final Duration FIRST_PAGE = Duration.ofSeconds(60);

    private LoginForm() {
    }

    /**
     * Opens the app, which sends a browser without a session to the login form, logs in and waits
     * until every element that proves the landing page is there.
     */
    public static void logIn(WebDriver browser, URI app, String username, String password, By... landedOn) {
        browser.get(app.resolve("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, FIRST_PAGE);
        submit(browser, wait, username, password);
        for (By element : landedOn) {
            wait.until(ExpectedConditions.presenceOfElementLocated(element));
        }
    }

    /** Fills in and sends the form the browser is on, or is being sent to. */
    public static void submit(WebDriver browser, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password + Keys.ENTER);
    }
}
