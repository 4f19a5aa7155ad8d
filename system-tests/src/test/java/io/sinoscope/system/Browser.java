package io.sinoscope.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven through its own chromedriver: no browser is downloaded (this machine's network is
 * closed to such downloads), and the fonts are the system's, so screenshots show how Chinese really renders.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The zone the browser runs in (America/New_York, UTC-4 or -5): neither UTC nor UTC+8. */
    static final String BROWSER_ZONE = "America/New_York";
    private static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-noto-cjk");

    final ChromeDriver driver;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /**
     * Installs Debian's chromium, chromedriver and CJK fonts when they are missing, as the tests start Kafka and
     * PostgreSQL themselves: ./mvnw verify needs no set-up step of its own. Without root it says what to install.
     */
    static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                && Files.isDirectory(Path.of("/usr/share/fonts/opentype/noto"))) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The web UI tests need Debian's chromium, chromium-driver and "
                    + "fonts-noto-cjk: sudo apt-get install -y " + String.join(" ", PACKAGES));
        }
        Path log = Path.of(System.getProperty("sinoscope.logs", "target/service-logs")).resolve("apt-browser.log");
        Files.createDirectories(log.getParent());
        for (List<String> step : List.of(List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "--no-install-recommends"))) {
            List<String> command = new java.util.ArrayList<>(step);
            if (step.contains("install")) {
                command.addAll(PACKAGES);
            }
            ProcessBuilder apt = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = apt.start();
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        }
    }

    static Browser start(Path screenshots) throws IOException {
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that keep Chromium from reaching out to Google's services, which this closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1100", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // A browser far from Beijing: the pages must show each article's own local time, not the browser's zone.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", BROWSER_ZONE)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, screenshots);
    }

    /** Keeps a PNG of the page as a test artefact (system-tests/target/ui-screenshots). */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Console messages at SEVERE (uncaught script errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Runs a script in the page and returns its result. */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
