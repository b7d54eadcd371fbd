package org.peermentor.browser.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its ChromeDriver, found on the PATH and handed to Selenium by path, so Selenium Manager
 * never tries to download a browser or a driver. {@code .ci/run} installs both on a bare machine.
 */
final class Chromium {

    private Chromium() {}

    static ChromeDriver start() {
        Path driver = onPath("chromedriver").orElseThrow(() -> missing("chromedriver"));
        Path browser = onPath("chromium").or(() -> onPath("chromium-browser")).orElseThrow(() -> missing("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,900",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--lang=en-US");
        // a test waits for what it needs to see; a page load that never ends fails the step in 30 s, not Selenium's 3
        // min
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static IllegalStateException missing(String command) {
        return new IllegalStateException(
                command + " is not on the PATH. The browser tests drive Debian's Chromium: "
                        + "apt-get install --no-install-recommends chromium chromium-driver (.ci/run does this on a bare machine)");
    }
}
