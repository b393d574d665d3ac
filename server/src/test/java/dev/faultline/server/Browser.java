package dev.faultline.server;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * One headless Chromium (Debian's {@code chromium} through {@code chromium-driver}) for every browser test class, on
 * the shared seeds server, opened once with the token in the address as a person would. Skipped with a clear message
 * where the driver is absent. Screenshots go under {@code target/screenshots/}.
 */
final class Browser {
    static final Path DRIVER = Path.of(System.getProperty("faultline.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("faultline.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target", "screenshots");
    private static Browser instance;

    final ChromeDriver driver;
    final SeedsServer server;

    private Browser(ChromeDriver driver, SeedsServer server) {
        this.driver = driver;
        this.server = server;
    }

    static synchronized Browser get() {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
                "skipped: the browser tests need Debian's chromium and chromium-driver (" + DRIVER + "); apt-get install chromium-driver");
        SeedsServer server = SeedsServer.get();
        if (instance == null) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toFile());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1360,860",
                    "--no-first-run", "--disable-extensions", "--disable-background-networking");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            o.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, o);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            instance = new Browser(driver, server);
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
            driver.get(server.base + "/#token=" + SeedsServer.TOKEN);
            instance.waitFor(By.cssSelector("#nav a"));
            instance.console();   // what the first page logged does not count against a test
        }
        return instance;
    }

    /** Opens a view by its address (the token is already kept by the page). */
    void open(String hash) {
        driver.get(server.base + "/" + hash);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    void waitUntil(String what, java.util.function.Predicate<WebDriver> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).withMessage(what).until(condition::test);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console's errors (script errors, policy violations) since the last call. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon")).toList();
    }

    /** Keeps a screenshot of the page under target/screenshots/NAME.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path to = SHOTS.resolve(name + ".png");
            Files.copy(f.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
