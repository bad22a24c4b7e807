package no.vern.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an administrator sees and clicks: sign in, switch language, create an API token and use it.
 * Runs Debian's Chromium headless; skipped where there is none, except in CI, where it must run.
 */
@VernTest
class AdminShellBrowserIT {

  @LocalServerPort int port;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
    wait = chromium.await();
  }

  @Test
  void anAdministratorSignsInSwitchesLanguageAndIssuesAWorkingToken() throws Exception {
    browser.get(url("/admin"));
    wait.until(ExpectedConditions.urlContains("/admin/login"));
    screenshot("01-login");

    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
    assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    screenshot("02-overview");

    switchLanguage("lang-en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
    switchLanguage("lang-nb");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Oversikt");
    screenshot("03-norwegian");

    browser.get(url("/admin/tokens"));
    String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("token-name")).sendKeys(name);
    browser.findElement(By.id("role-AUDITOR")).click();
    browser.findElement(By.id("token-scope-all")).click();
    browser.findElement(By.id("create-token-submit")).click();
    String secret =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret"))).getText();
    assertThat(secret).startsWith("vern_");
    assertThat(browser.findElement(By.id("tokens")).getText()).contains(name);
    screenshot("04-token-created");

    HttpResponse<String> entries =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/audit/entries")))
                    .header("Authorization", "Bearer " + secret)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(entries.statusCode()).as(entries.body()).isEqualTo(200);
  }

  /** Clicks a language link and waits for the new page, not just for text on the old one. */
  private void switchLanguage(String linkId) {
    WebElement before = browser.findElement(By.tagName("h1"));
    browser.findElement(By.id(linkId)).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) {
    chromium.screenshot("admin-shell-" + name);
  }
}
