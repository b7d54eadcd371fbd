package org.peermentor.browser.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the console: opens pages, fills the forms by their field names (the API's JSON names, as
 * the contract fixes them), and checks each page it is shown: a screenshot under {@code target/screenshots/}, no
 * serious or critical axe-core violation, and no sideways scrolling on a 375 px wide phone.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicInteger SHOTS = new AtomicInteger();
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 812);

    private final ChromeDriver driver = Chromium.start();
    private final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

    public static Browser open() {
        return new Browser();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Goes to a console path such as {@code /participants/new}. */
    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : ConsoleStack.consoleUrl() + path);
        return this;
    }

    /** Signs in on the issuer's page the console sent this browser to, and waits to be back on the console. */
    public Browser signIn(String username, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        field("username").clear();
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        WebElement form = driver.findElement(By.tagName("form"));
        click(form.findElement(By.cssSelector("button[type=submit], input[type=submit]")));
        wait.until(d -> d.getCurrentUrl().startsWith(ConsoleStack.consoleUrl()));
        return this;
    }

    /** Opens the console and signs in as a demo person. */
    public Browser signInAs(String username) {
        return go("/").signIn(username, ConsoleStack.password(username));
    }

    public Browser signOut() {
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        wait.until(d -> d.findElements(By.name("username")).size() > 0
                || d.getPageSource().contains("signed out"));
        return this;
    }

    public WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    /** Types into a field; time inputs are set as 24-hour values, whatever the browser's locale shows. */
    public Browser type(String name, String value) {
        WebElement field = field(name);
        if ("time".equals(field.getAttribute("type"))) {
            js(
                    "arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    field,
                    value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
        return this;
    }

    /** Picks a value in a select (single or multiple) or ticks the checkbox or radio of that name and value. */
    public Browser choose(String name, String value) {
        WebElement first = field(name);
        if ("select".equals(first.getTagName())) {
            new Select(first).selectByValue(value);
            return this;
        }
        WebElement box = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            click(box);
        }
        return this;
    }

    /** Clicks the visible button (or submit input) whose text contains these words, and waits for the next page. */
    public Browser press(String words) {
        WebElement button = driver.findElements(By.cssSelector("button, input[type=submit]")).stream()
                .filter(b -> !"true".equals(b.getAttribute("aria-hidden")))
                .filter(b -> b.getText().contains(words) || words.equals(b.getAttribute("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + words + "' on " + driver.getCurrentUrl()));
        click(button);
        wait.until(ExpectedConditions.stalenessOf(button));
        return this;
    }

    /** Follows a link by its text, and waits for the next page. */
    public Browser follow(String linkText) {
        WebElement link = driver.findElement(By.linkText(linkText));
        click(link);
        wait.until(ExpectedConditions.stalenessOf(link));
        return this;
    }

    /** Leaves a mark in the page's window, which survives only as long as the page is not loaded again. */
    public Browser mark() {
        js("window.stillThisPage = true;");
        return this;
    }

    public boolean stillMarked() {
        return Boolean.TRUE.equals(js("return window.stillThisPage === true;"));
    }

    public Browser attach(String name, Path file) {
        field(name).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** Waits until the page's text holds these words (for what the page updates in place). */
    public Browser awaitText(String words) {
        wait.until(d -> text().contains(words));
        return this;
    }

    /** Waits longer, for words that come after a round of matching. */
    public Browser awaitText(String words, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> text().contains(words));
        return this;
    }

    /**
     * The checks every page must pass, with a screenshot as the person saw it at desktop and at phone width: no
     * serious or critical WCAG 2.1 A/AA violation, and nothing wider than a 375 px screen.
     */
    public Browser check(String pageName) {
        screenshot(pageName);
        assertThat(Axe.seriousViolations(driver))
                .as("axe-core on %s (%s)", pageName, url())
                .isEmpty();
        driver.manage().window().setSize(PHONE);
        try {
            screenshot(pageName + "-phone");
            Object sideways = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) sideways).intValue())
                    .as("sideways scrolling at 375 px on %s (%s)", pageName, url())
                    .isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(DESKTOP);
        }
        return this;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(String.format("%02d-%s.png", SHOTS.incrementAndGet(), name));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            return Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
