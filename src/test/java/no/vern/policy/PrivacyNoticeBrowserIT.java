package no.vern.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Period;
import java.util.List;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a reader sees: the published notice in Bokmål, the switch to English, and the changes
 * between two versions. Runs Debian's Chromium headless; skipped where there is none, except in CI,
 * where it must run.
 */
@VernTest
class PrivacyNoticeBrowserIT {

  @LocalServerPort int port;
  @Autowired PrivacyNotices notices;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
    wait = chromium.await();
  }

  @Test
  void aReaderReadsTheNoticeInBothLanguagesAndSeesWhatChanged() {
    Inventory example = PolicyExamples.debtCollectionGroup();
    PublishedNotice before = notices.publish(version(example));
    PublishedNotice after =
        notices.publish(
            version(
                PolicyExamples.withRetention(example, "website-analytics", Period.ofMonths(27))));
    assertThat(after.version()).isGreaterThan(before.version());

    browser.get(url("/privacy?lang=nb"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Personvernerkl\u00e6ring");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
    List<String> headings =
        browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
    assertThat(headings).contains("Rettighetene dine og hvordan du bruker dem", "Klage");
    assertThat(browser.findElement(By.id("notice-changed")).getText()).contains("endret");
    screenshot("01-norwegian");

    WebElement heading = browser.findElement(By.tagName("h1"));
    browser.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.stalenessOf(heading));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy notice");
    assertThat(browser.findElement(By.id("cookie-declaration")).getText()).contains("_ae_id");
    screenshot("02-english");

    browser.get(url("/privacy/diff?from=" + before.version() + "&to=" + after.version()));
    List<String> inserted =
        browser.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList();
    List<String> deleted =
        browser.findElements(By.tagName("del")).stream().map(WebElement::getText).toList();
    assertThat(inserted).anyMatch(text -> text.contains("27 months after"));
    assertThat(deleted).anyMatch(text -> text.contains("14 months after"));
    screenshot("03-diff");
  }

  @Test
  void theFirstLayerFitsOneScreenNothingScrollsSidewaysOnAPhoneAndADebtorFindsTheirPart() {
    for (String file : List.of("debt-collection-group.yaml", "accounting-firm.yaml")) {
      notices.publish(version(PolicyExamples.read("examples/" + file)));
      for (String lang : List.of("nb", "en")) {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.get(url("/privacy?lang=" + lang));
        long viewport = number("return window.innerHeight");
        long summaryBottom =
            number(
                "return Math.ceil(document.getElementById('summary').getBoundingClientRect().bottom)");
        assertThat(summaryBottom).as("%s %s first layer", file, lang).isLessThanOrEqualTo(viewport);
        screenshot("first-layer-" + lang + "-" + file.substring(0, 4));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/privacy?lang=" + lang));
        assertThat(number("return document.documentElement.scrollWidth"))
            .as("%s %s at 390 px", file, lang)
            .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
        // Nothing cut off: no element, the cookie table included, reaches past the right edge or
        // hides its overflow (the 1 px headers of stacked tables are for screen readers).
        assertThat(
                number(
                    "let w = document.documentElement.clientWidth; return"
                        + " [...document.querySelectorAll('main *')].filter(e =>"
                        + " e.clientWidth > 1 && (e.getBoundingClientRect().right > w + 1 || e.scrollWidth >"
                        + " e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')).length"))
            .as("%s %s elements cut off at 390 px", file, lang)
            .isZero();
        screenshot("phone-" + lang + "-" + file.substring(0, 4));
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(url("/privacy?lang=nb"));
    browser.findElement(By.linkText("Har du mottatt et inkassokrav?")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("#for-debtors"));
    WebElement part = browser.findElement(By.id("for-debtors"));
    assertThat(
            number(
                "return Math.round(document.getElementById('for-debtors').getBoundingClientRect().top)"))
        .isBetween(-5L, 200L);
    assertThat(part.getText()).contains("Inkasso");
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }

  private InventoryVersion version(Inventory inventory) {
    int number =
        jdbc.sql("SELECT coalesce(max(inventory_version), 0) + 1 FROM privacy_notice")
            .query(Integer.class)
            .single();
    return new InventoryVersion(number, inventory, "0".repeat(64), clock.instant(), "test");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) {
    chromium.screenshot("privacy-" + name);
  }
}
