package no.vern.cookie.scan;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's Chromium, headless, driven by its chromedriver (Selenium Manager never runs: it would
 * try to download a browser). Each pass starts a fresh profile. Cookies are read with the DevTools
 * protocol's {@code Storage.getCookies}, which sees every cookie of the profile, third-party ones
 * included; WebDriver's own cookie list only shows the current page's.
 */
public final class ChromiumScanner {

  private static final Logger log = LoggerFactory.getLogger(ChromiumScanner.class);

  /**
   * Selenium warns on every start that it has no DevTools bindings for this Chromium; the scanner
   * only sends raw CDP commands, which need none. Held here so the level is not garbage-collected.
   */
  private static final java.util.logging.Logger SELENIUM_DEVTOOLS =
      quiet("org.openqa.selenium.devtools");

  private static final String PAGE_STATE =
      "const n = performance.getEntriesByType('navigation')[0];"
          + " return [document.documentURI, n && n.responseStatus ? n.responseStatus : 0];";

  private static final String STORAGE_KEYS =
      "const keys = s => { try { const w = window[s]; const out = [];"
          + " for (let i = 0; i < w.length; i++) out.push(w.key(i)); return out; }"
          + " catch (e) { return []; } };"
          + " return [location.hostname, keys('localStorage'), keys('sessionStorage')];";

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private final ScannerOptions options;
  private final Clock clock;

  public ChromiumScanner(ScannerOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  /** Visits {@code urls} in the three passes; a browser that will not start throws. */
  public ScanReport scan(List<URI> urls, DeclaredCookies declared) {
    var scannedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Set<String> siteHosts = new LinkedHashSet<>();
    urls.forEach(u -> siteHosts.add(u.getHost()));
    List<PageVisit> pages = new ArrayList<>();
    List<Observation> seen = new ArrayList<>();
    for (ScanPass pass : ScanPass.values()) {
      runPass(pass, urls, siteHosts, pages, seen);
    }
    return CookieComparison.compare(
        scannedAt, urls.stream().map(URI::toString).toList(), pages, seen, declared);
  }

  private void runPass(
      ScanPass pass,
      List<URI> urls,
      Set<String> siteHosts,
      List<PageVisit> pages,
      List<Observation> seen) {
    Path profile = tempProfile();
    ChromeDriver driver = start(profile);
    try {
      if (pass != ScanPass.BEFORE_CONSENT) {
        URI first = urls.get(0);
        String failure = open(driver, first);
        String control = failure == null ? choose(driver, pass) : null;
        pages.add(new PageVisit(first.toString(), pass, failure, control));
        settle();
      }
      for (URI url : urls) {
        String failure = open(driver, url);
        if (pass == ScanPass.BEFORE_CONSENT || !url.equals(urls.get(0))) {
          pages.add(new PageVisit(url.toString(), pass, failure, null));
        }
        if (failure == null) {
          storage(driver, pass, seen);
        }
      }
      cookies(driver, pass, siteHosts, seen);
    } finally {
      driver.quit();
      delete(profile);
    }
  }

  /** Loads the page and waits for its scripts; the reason it failed, or null. */
  private @org.jspecify.annotations.Nullable String open(ChromeDriver driver, URI url) {
    try {
      driver.get(url.toString());
    } catch (TimeoutException e) {
      return "timeout";
    } catch (WebDriverException e) {
      return "unreachable";
    }
    settle();
    List<?> state;
    try {
      state = (List<?>) ((JavascriptExecutor) driver).executeScript(PAGE_STATE);
    } catch (WebDriverException e) {
      // A page that crashed or navigated away while being read was not read: never clean.
      return "unreadable";
    }
    if (state == null) {
      return "unreadable";
    }
    String uri = String.valueOf(state.get(0));
    long status = ((Number) state.get(1)).longValue();
    if (uri.startsWith("chrome-error://")) {
      return "unreachable";
    }
    if (status >= 400) {
      return "http-" + status;
    }
    return null;
  }

  /** Clicks "Reject all" or "Accept all"; how the button was found, or {@code none}. */
  private String choose(ChromeDriver driver, ScanPass pass) {
    boolean reject = pass == ScanPass.AFTER_REJECT;
    long deadline = System.nanoTime() + options.consentWait().toNanos();
    while (true) {
      Object found =
          ((JavascriptExecutor) driver)
              .executeScript(
                  ConsentControls.CLICK_SCRIPT,
                  reject ? ConsentControls.VERN_REJECT : ConsentControls.VERN_ACCEPT,
                  reject ? ConsentControls.KNOWN_REJECT : ConsentControls.KNOWN_ACCEPT,
                  reject ? ConsentControls.REJECT_WORDS : ConsentControls.ACCEPT_WORDS);
      if (found != null) {
        return found.toString();
      }
      if (System.nanoTime() > deadline) {
        return "none";
      }
      pause(Duration.ofMillis(250));
    }
  }

  private void storage(ChromeDriver driver, ScanPass pass, List<Observation> seen) {
    List<?> keys = (List<?>) ((JavascriptExecutor) driver).executeScript(STORAGE_KEYS);
    if (keys == null) {
      return;
    }
    String host = String.valueOf(keys.get(0));
    for (Object key : (List<?>) keys.get(1)) {
      seen.add(
          new Observation(
              Observation.LOCAL_STORAGE,
              String.valueOf(key),
              host,
              Parties.FIRST,
              "persistent",
              pass));
    }
    for (Object key : (List<?>) keys.get(2)) {
      seen.add(
          new Observation(
              Observation.SESSION_STORAGE,
              String.valueOf(key),
              host,
              Parties.FIRST,
              Lifetimes.SESSION,
              pass));
    }
  }

  /** Every cookie of the profile, whoever set it; values are never read into the report. */
  private void cookies(
      ChromeDriver driver, ScanPass pass, Set<String> siteHosts, List<Observation> seen) {
    long readAt = clock.millis();
    Map<String, Object> answer = driver.executeCdpCommand("Storage.getCookies", Map.of());
    for (Object entry : (List<?>) answer.getOrDefault("cookies", List.of())) {
      Map<?, ?> cookie = (Map<?, ?>) entry;
      String domain = String.valueOf(cookie.get("domain"));
      String bare = domain.startsWith(".") ? domain.substring(1) : domain;
      boolean session = Boolean.TRUE.equals(cookie.get("session"));
      double expires = cookie.get("expires") instanceof Number n ? n.doubleValue() : -1;
      seen.add(
          new Observation(
              Observation.COOKIE,
              String.valueOf(cookie.get("name")),
              bare,
              Parties.of(bare, siteHosts),
              Lifetimes.of(session, expires, readAt),
              pass));
    }
  }

  private ChromeDriver start(Path profile) {
    if (!new File(options.chromium()).canExecute()
        || !new File(options.chromedriver()).canExecute()) {
      throw new IllegalStateException(
          "Chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
    }
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(options.chromium());
    chrome.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    // Chromium 156 blocks every third-party cookie by default; most people's browsers (Chrome's
    // default settings) keep them, and a third party's cookie is exactly what a scan must find.
    chrome.setExperimentalOption(
        "prefs",
        Map.of("profile.cookie_controls_mode", 0, "profile.block_third_party_cookies", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(options.chromedriver()))
            .build();
    ChromeDriver driver = new ChromeDriver(service, chrome);
    driver.manage().timeouts().pageLoadTimeout(options.pageTimeout());
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return driver;
  }

  private void settle() {
    pause(options.settle());
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Scan interrupted", e);
    }
  }

  private static Path tempProfile() {
    try {
      return Files.createTempDirectory("vern-cookie-scan-");
    } catch (IOException e) {
      throw new IllegalStateException("No temporary directory for the browser profile", e);
    }
  }

  private static void delete(Path profile) {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("Could not delete the browser profile {}", profile);
    }
  }
}
