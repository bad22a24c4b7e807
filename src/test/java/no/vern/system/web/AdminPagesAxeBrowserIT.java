package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.vern.intake.records.RetryingIntake;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every admin page under axe-core (issue 16): each page in the navigation, the overview, the
 * password page, a new request's form, and the pages of one person, one request and one breach with
 * data on them, in both languages, signed in as ADMIN (who sees every page). Folded sections are
 * opened first, so what they hold is checked too.
 */
@VernTest
class AdminPagesAxeBrowserIT {

  @LocalServerPort int port;
  @Autowired AdminNavigation navigation;
  @Autowired RetryingIntake intake;
  @Autowired Clock clock;
  @RegisterExtension final Browser chromium = new Browser();

  @Test
  void everyAdminPageIsCleanUnderAxeInBothLanguages() {
    List<String> pages = adminPages(navigation, AdminPagesWithData.create(port, intake, clock));
    WebDriver browser = chromium.driver();
    browser.get(url("/admin/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    List<String> violations = new ArrayList<>();
    for (String lang : List.of("en", "nb")) {
      for (String page : pages) {
        browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        if (!browser.findElements(By.cssSelector("main.error-page")).isEmpty()) {
          violations.add(lang + " " + page + ": an error page, not the page");
        }
        ((JavascriptExecutor) browser)
            .executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser)
                .getViolations()
                .stream()
                .forEach(rule -> violations.add(lang + " " + page + ": " + describe(rule)));
      }
    }
    assertThat(violations).isEmpty();
  }

  /** The overview, the pages every user has, each page in the navigation, then {@code extra}. */
  static List<String> adminPages(AdminNavigation navigation, List<String> extra) {
    Stream<String> nav =
        navigation.sections().stream()
            .flatMap(s -> s.entries().stream())
            .map(AdminNavigationEntry::path);
    return Stream.of(
            Stream.of("/admin", "/admin/password", "/admin/requests/new", "/admin/inventory/draft"),
            nav,
            extra.stream())
        .flatMap(s -> s)
        .distinct()
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + String.join(
            ", ",
            rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList())
        + ")";
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
