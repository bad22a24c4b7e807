package no.vern.cookie.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Google Consent Mode v2 on the test site, with {@code vern.cookies.google-consent-mode} on: every
 * signal is denied before any marked script runs, and each choice grants exactly the signals of the
 * accepted categories.
 */
@VernTest
class CookieConsentModeBrowserIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static TestSite site;

  @LocalServerPort int port;
  @RegisterExtension final Browser chromium = new Browser();

  @DynamicPropertySource
  static void consentMode(DynamicPropertyRegistry properties) {
    site = new TestSite();
    properties.add("vern.cookies.allowed-origins", site::origin);
    properties.add("vern.cookies.google-consent-mode", () -> "true");
  }

  @AfterAll
  static void stopTheSite() {
    site.stop();
  }

  @BeforeEach
  void point() {
    site.vernPort(port);
  }

  @Test
  void signalsStartDeniedAndFollowEachChoice() {
    WebDriver browser = chromium.driver();
    browser.get(site.origin() + "/");
    chromium
        .await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".vern-cc-root[data-vern-cc-open]")));
    JsonNode calls = dataLayer(browser);
    assertThat(calls).hasSize(1);
    assertThat(signals(calls.get(0), "default"))
        .containsEntry("ad_storage", "denied")
        .containsEntry("analytics_storage", "denied")
        .containsEntry("ad_user_data", "denied")
        .containsEntry("ad_personalization", "denied");

    browser.findElement(By.cssSelector(".vern-cc-btn[data-vern-cc=choose]")).click();
    chromium
        .await()
        .until(ExpectedConditions.elementToBeClickable(By.id("vern-cc-statistics")))
        .click();
    browser.findElement(By.cssSelector(".vern-cc-btn[data-vern-cc=save]")).click();
    chromium
        .await()
        .until(d -> ((JavascriptExecutor) d).executeScript("return window.aeRuns") != null);
    calls = dataLayer(browser);
    assertThat(signals(calls.get(calls.size() - 1), "update"))
        .containsEntry("analytics_storage", "granted")
        .containsEntry("ad_storage", "denied")
        .containsEntry("ad_user_data", "denied")
        .containsEntry("ad_personalization", "denied");

    // The next page: the statistics script finds the defaults and the update already there.
    browser.get(site.origin() + "/");
    chromium
        .await()
        .until(d -> ((JavascriptExecutor) d).executeScript("return window.aeRuns") != null);
    JsonNode seen =
        JSON.readTree(
            (String) ((JavascriptExecutor) browser).executeScript("return window.aeSawConsent"));
    assertThat(seen).hasSize(2);
    assertThat(signals(seen.get(0), "default")).containsEntry("analytics_storage", "denied");
    assertThat(signals(seen.get(1), "update")).containsEntry("analytics_storage", "granted");

    // Accept all: the advertising signals follow marketing.
    browser.findElement(By.cssSelector("a[data-vern-cookie-settings]")).click();
    chromium
        .await()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".vern-cc-btn[data-vern-cc=acceptAll]")))
        .click();
    calls = dataLayer(browser);
    assertThat(signals(calls.get(calls.size() - 1), "update"))
        .containsEntry("analytics_storage", "granted")
        .containsEntry("ad_storage", "granted")
        .containsEntry("ad_user_data", "granted")
        .containsEntry("ad_personalization", "granted");
  }

  /**
   * Advanced mode: with {@code data-consent-mode="google"} on a tag without {@code defer}, the
   * defaults are in {@code dataLayer} before the next script of the page runs, before the banner's
   * configuration has even arrived, so Google's tag loaded unmarked after it never starts granted.
   */
  @Test
  void withTheTagsAttributeTheDefaultsComeBeforeTheNextScriptOfThePage() {
    WebDriver browser = chromium.driver();
    browser.get(site.origin() + "/advanced.html");
    JsonNode seen =
        JSON.readTree(
            (String)
                ((JavascriptExecutor) browser).executeScript("return window.seenByTheNextScript"));
    assertThat(seen).hasSize(1);
    assertThat(signals(seen.get(0), "default"))
        .containsEntry("ad_storage", "denied")
        .containsEntry("analytics_storage", "denied")
        .containsEntry("ad_user_data", "denied")
        .containsEntry("ad_personalization", "denied");
    chromium
        .await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".vern-cc-root[data-vern-cc-open]")));
    assertThat(dataLayer(browser))
        .as("the banner does not set the defaults a second time")
        .hasSize(1);
  }

  private static JsonNode dataLayer(WebDriver browser) {
    return JSON.readTree(
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return JSON.stringify((window.dataLayer || [])"
                        + ".map(function (a) { return Array.from(a); }))"));
  }

  /** A {@code gtag('consent', kind, signals)} call's signals. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> signals(JsonNode call, String kind) {
    assertThat(List.of(call.get(0).asString(), call.get(1).asString()))
        .containsExactly("consent", kind);
    return JSON.convertValue(call.get(2), Map.class);
  }
}
