package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import no.vern.support.Browser;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16's journey for a data protection officer, in Chromium: from the overview's "overdue"
 * counter to the request, the person, their consent history and back, by clicking only. No page on
 * the way shows a UUID to read or asks for one to be typed.
 */
@VernTest
class DpoJourneyBrowserIT {

  static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DPO = "journey-dpo";
  private static final String PASSWORD = "journey-dpo-password-1234";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;
  private final List<String> uuids = new ArrayList<>();

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
  }

  @Test
  void theDpoGoesFromTheOverdueCounterToThePersonTheirConsentHistoryAndBack() {
    // Not a UUID in the address: the test looks for UUIDs on the pages.
    String email = "journey." + Long.toString(System.nanoTime(), 36) + "@example.invalid";
    consent(email, "give");
    consent(email, "withdraw");
    String reference = overdueRequest(email);
    signInAsDpo();

    browser.get(url("/admin?lang=en"));
    visible("overview");
    click(By.cssSelector("#counter-requests-overdue a"));

    chromium.await().until(ExpectedConditions.urlContains("due=overdue"));
    visible("overdue requests");
    click(By.cssSelector("#group-overdue tr[data-reference='" + reference + "'] a"));

    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
    assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(reference);
    visible("the request");
    chromium.screenshot("dpo-journey-request");
    click(By.id("subject-link"));

    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("identifiers")));
    assertThat(browser.findElement(By.id("identifiers")).getText()).contains(email);
    visible("the person");
    chromium.screenshot("dpo-journey-person");
    click(By.id("subject-consent"));

    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
    List<String> decisions =
        browser.findElements(By.cssSelector("#events tbody tr")).stream()
            .map(row -> row.getAttribute("data-status"))
            .toList();
    assertThat(decisions).containsExactly("given", "withdrawn");
    assertThat(browser.findElement(By.id("events")).getText())
        // The purpose by its title in the inventory, its code beside it.
        .contains("Given", "Withdrawn", "Statistics", "statistics-cookies");
    visible("the consent history");
    chromium.screenshot("dpo-journey-consents");

    click(By.id("back-to-subject"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("identifiers")));
    assertThat(browser.findElement(By.id("identifiers")).getText()).contains(email);
    visible("the person again");
    browser.navigate().back();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
    browser.navigate().back();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("identifiers")));
    browser.navigate().back();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
    assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(reference);

    assertThat(uuids).as("UUIDs a reader would have to read").isEmpty();
  }

  /**
   * Collects every UUID in what the page shows: its visible text and the values of visible fields.
   */
  private void visible(String page) {
    Object shown =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const fields = [...document.querySelectorAll('input, textarea, select')]"
                    + ".filter(f => f.type !== 'hidden' && f.checkVisibility())"
                    + ".map(f => f.value);"
                    + "return document.body.innerText + '\\n' + fields.join('\\n');");
    UUID_TEXT
        .matcher(String.valueOf(shown))
        .results()
        .forEach(m -> uuids.add(page + ": " + m.group()));
  }

  private void click(By link) {
    WebElement element = chromium.await().until(ExpectedConditions.elementToBeClickable(link));
    element.click();
  }

  private void signInAsDpo() {
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all)"
                + " VALUES (?, ?, ?, '{DPO}', true, false, now(), true)"
                + " ON CONFLICT DO NOTHING")
        .params(UUID.randomUUID(), DPO, encoder.encode(PASSWORD))
        .update();
    browser.get(url("/admin/login?lang=en"));
    browser.findElement(By.id("username")).sendKeys(DPO);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /** A consent decision through the API, as a website's back end records it. */
  private void consent(String email, String action) {
    Http http = new Http(port);
    HttpResponse<String> answer =
        http.postJson(
            http.api("/api/v1/consents"),
            "{\"identifiers\":[{\"type\":\"email\",\"value\":\"%s\"}],\"purpose\":\"statistics-cookies\",\"action\":\"%s\"}"
                .formatted(email, action));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }

  /**
   * A request by the same person, received by phone long ago and verified: overdue; its reference.
   */
  private String overdueRequest(String email) {
    Http http = new Http(port);
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/requests"),
            "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"receivedAt\":\"2025-01-31\",\"channel\":\"phone\",\"language\":\"en\"}"
                .formatted(email));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode request = JSON.readTree(created.body());
    HttpResponse<String> verified =
        http.postJson(
            http.api("/api/v1/requests/" + request.get("id").asString() + "/verification"),
            "{\"method\":\"phone-callback\",\"reason\":\"Called the number on file\"}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return request.get("reference").asString();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
