package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.vern.intake.records.RetryingIntake;
import no.vern.inventory.Organisation;
import no.vern.inventory.ProcessingInventory;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every admin page and every public page, as Chromium shows them (docs/web.md): nothing in the
 * console (no refused inline style or script, no missing file), nothing that scrolls sideways on a
 * 390 px phone, and the public pages clean under axe-core.
 */
@VernTest
class WebPagesBrowserIT {

  /** Public pages; the made-up tokens show the pages for an expired or unknown link. */
  static final List<String> PUBLIC_PAGES =
      List.of(
          "/privacy?lang=nb",
          "/privacy?lang=en",
          "/privacy/versions",
          "/privacy/diff",
          "/privacy/versions/1",
          "/rights?lang=nb",
          "/rights?lang=en",
          "/rights/me",
          "/u/?lang=nb",
          "/u/?lang=en",
          "/u/p/expired-link-token",
          "/u/confirm/expired-link-token",
          "/u/expired-link-token",
          "/rights/download/expired-link-token");

  @LocalServerPort int port;
  @Autowired AdminNavigation navigation;
  @Autowired ProcessingInventory inventory;
  @Autowired RetryingIntake intake;
  @Autowired Clock clock;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
  }

  @Test
  void noAdminOrPublicPageLogsAnErrorInTheConsole() {
    signIn();
    List<String> errors = new ArrayList<>();
    chromium.consoleErrors();
    for (String page : allPages()) {
      open(page);
      chromium.consoleErrors().stream()
          // The page's own status (a 404 page, an expired link's 410) is not a fault of the page.
          .filter(message -> !message.startsWith(url(page)))
          .forEach(message -> errors.add(page + ": " + message));
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void atPhoneWidthNoPageScrollsSidewaysAndTheMenuOpens() {
    signIn();
    browser.manage().window().setSize(new Dimension(390, 844));
    List<String> wide = new ArrayList<>();
    for (String page : allPages()) {
      open(page);
      long scroll = number("return document.documentElement.scrollWidth");
      long client = number("return document.documentElement.clientWidth");
      if (scroll > client) {
        wide.add(page + " is " + scroll + " px wide in " + client);
        chromium.screenshot("too-wide-" + page.replaceAll("[^a-z0-9]+", "-"));
      }
    }
    assertThat(wide).isEmpty();

    open("/admin/audit");
    assertThat(browser.findElement(By.id("admin-nav")).isDisplayed()).isFalse();
    browser.findElement(By.id("menu-toggle")).click();
    chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-consent")));
    assertThat(browser.findElement(By.id("menu-toggle")).getAttribute("aria-expanded"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("change-password-link")).isDisplayed()).isTrue();
    chromium.screenshot("web-phone-menu");
  }

  @Test
  void everyPublicPageIsCleanUnderAxe() {
    List<String> violations = new ArrayList<>();
    for (String page : PUBLIC_PAGES) {
      open(page);
      axe().forEach(rule -> violations.add(page + ": " + rule));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPublicPageCarriesTheOrganisationBothLanguagesAndFingerSizedButtons() {
    Organisation organisation = inventory.active().orElseThrow().inventory().organisation();
    List<String> faults = new ArrayList<>();
    // The examples name their website; an inventory another test activated may not, and then the
    // name stands without a link.
    String website = organisation.website();
    String expected = website == null ? ".org" : "#org-site";
    // A stored version is the HTML of its publication, whatever came later: left out here.
    for (String page :
        PUBLIC_PAGES.stream().filter(p -> !p.startsWith("/privacy/versions/")).toList()) {
      open(page);
      List<WebElement> org = browser.findElements(By.cssSelector(expected));
      if (org.isEmpty() || !org.get(0).getText().equals(organisation.name())) {
        faults.add(page + ": no " + expected + " naming " + organisation.name());
      } else if (website != null && !org.get(0).getAttribute("href").startsWith(website)) {
        faults.add(page + ": the organisation links to " + org.get(0).getAttribute("href"));
      }
      boolean languages =
          !browser.findElements(By.id("lang-switch")).isEmpty()
              || (!browser.findElements(By.id("lang-nb")).isEmpty()
                  && !browser.findElements(By.id("lang-en")).isEmpty());
      if (!languages) {
        faults.add(page + ": no choice of language");
      }
      if (website != null && browser.findElements(By.id("back-to-site")).isEmpty()) {
        faults.add(page + ": no way back to the organisation's site");
      }
      for (WebElement button : browser.findElements(By.cssSelector("button, a.button"))) {
        if (button.isDisplayed() && button.getSize().getHeight() < 44) {
          faults.add(page + ": a button " + button.getSize().getHeight() + " px high");
        }
      }
      String text = browser.findElement(By.tagName("body")).getText();
      if (text.contains("JWS") || text.contains(".well-known")) {
        faults.add(page + ": jargon in the text");
      }
    }
    assertThat(faults).isEmpty();
  }

  @Test
  void aMemberOfThePublicFindsTheirChoicesFromTheNoticeAndANewLinkFromAnExpiredOne() {
    open("/privacy?lang=nb");
    browser.findElement(By.cssSelector("#choices-link a")).click();
    chromium.await().until(ExpectedConditions.urlContains("/u/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dine personvernvalg");
    assertThat(browser.findElement(By.id("email")).isDisplayed()).isTrue();

    open("/privacy?lang=en");
    assertThat(browser.findElement(By.cssSelector("#rights-link a")).getAttribute("href"))
        .endsWith("/rights?lang=en");

    open("/u/p/expired-link-token?lang=en");
    browser.findElement(By.id("new-link")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("email")));
    assertThat(browser.getCurrentUrl()).contains("/u/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your privacy choices");
  }

  /**
   * Every admin page (as {@link AdminPagesAxeBrowserIT} visits them: the navigation's, and a
   * person's, a request's and a breach's with data on them), an admin 404 and every public page.
   */
  private List<String> allPages() {
    List<String> admin =
        AdminPagesAxeBrowserIT.adminPages(
            navigation, AdminPagesWithData.create(port, intake, clock));
    return Stream.of(admin.stream(), Stream.of("/admin/no-such-page"), PUBLIC_PAGES.stream())
        .flatMap(s -> s)
        .distinct()
        .toList();
  }

  private void signIn() {
    browser.get(url("/admin/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private void open(String page) {
    browser.get(url(page));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  private List<String> axe() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
    return results.getViolations().stream()
        .map(rule -> rule.getId() + " (" + nodes(rule) + ")")
        .toList();
  }

  private static String nodes(Rule rule) {
    return String.join(
        ", ", rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
