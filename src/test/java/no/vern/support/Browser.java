package no.vern.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver: what a person sees. Selenium
 * Manager never runs (it would try to download a browser). Skips the test where Chromium is not
 * installed, except in CI, where a missing browser is a failure.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private ChromeDriver driver;
  private WebDriverWait wait;

  /** Use as {@code @RegisterExtension final Browser chromium = new Browser();}: one per test. */
  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    driver = start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // A condition that reads an element while the page is being replaced (a click that navigates,
    // a redirect after signing out) finds it gone: not yet, so look again, as for one not found.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  private static ChromeDriver start() throws Exception {
    boolean available = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    Assumptions.assumeTrue(
        available || "true".equals(System.getenv("CI")),
        "Chromium is not installed (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory("vern-chromium-"));
    // The console, for tests that a page logs no error (a refused inline style, a missing file).
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    return new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  /**
   * The errors the browser's console logged since the last call (a refused inline style or script,
   * a file that did not load), each as Chromium wrote it.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves target/screenshots/{name}.png for people to look at; nothing asserts on it. */
  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      // A missing screenshot is a pity, not a failure.
    }
  }
}
