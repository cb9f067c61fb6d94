package io.solvereign.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The OS's headless Chromium driven through its own chromedriver (Debian packages {@code chromium} and
 * {@code chromium-driver}, installed by {@code .ci/run}); Selenium Manager is never asked to download
 * anything. Paths can be overridden with the system properties {@code solvereign.chromium} and
 * {@code webdriver.chrome.driver}. When either program is missing the browser tests fail under
 * {@code CI=true}; elsewhere each is skipped with the reason.
 */
public final class HeadlessChromium {
    static final Path CHROMIUM = Path.of(System.getProperty("solvereign.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /**
     * Why the browser tests cannot run here, or null when they can; under {@code CI=true} a missing
     * browser or driver fails instead.
     */
    public static String unavailableReason() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " (Debian package chromium)"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " (Debian package chromium-driver)" : null;
        if (missing == null) {
            return null;
        }
        String message = "browser test needs " + missing + "; install with: apt-get install -y chromium chromium-driver"
                + " (.ci/run does this)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true and " + message);
        }
        return message;
    }

    /** Starts a fresh headless browser with its own new profile folder under {@code profileParent}. */
    public static ChromeDriver start(Path profileParent) throws IOException {
        Files.createDirectories(profileParent);
        Path profile = Files.createTempDirectory(profileParent, "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }
}
