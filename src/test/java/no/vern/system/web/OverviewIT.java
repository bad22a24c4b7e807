package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.intake.records.RecordCommand;
import no.vern.intake.records.RetryingIntake;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.time.Deadlines;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.support.Browser;
import no.vern.support.Http;
import no.vern.support.TestUsers;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview as a data protection officer reads it: counters that move when a request passes its
 * due date and a record waits for its Art. 14 notice, links that list exactly those items, and
 * nothing counted for a role that may not open the page it links to.
 */
@VernTest
class OverviewIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000d0016";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired RetryingIntake intake;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @RegisterExtension final Browser chromium = new Browser();
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    TestUsers.withAllControllers(jdbc, DPO);
  }

  @Test
  void aDpoSeesTheOverdueRequestAndTheArt14NoticeCountedAndFollowsTheLinkToTheRequest()
      throws Exception {
    String before = page("/admin?lang=en", "DPO");
    long thisWeek = lastWeek(before, "requests").get(0);
    List<Long> consents = lastWeek(before, "consents");
    long overdue = counter(before, "requests-overdue");
    long open = counter(before, "requests-open");
    long informingOverdue = counter(before, "informing-overdue");
    long informingDue = counter(before, "informing-due");

    // Received by letter long ago and verified: its one month ran out long before today.
    String reference = verifiedRequest("2025-01-31");
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    verifiedRequest(today.toString());
    consentGivenAndWithdrawn();
    UUID lateRecord = record(today.minusDays(2));
    record(today.plusDays(10));

    String after = page("/admin?lang=en", "DPO");
    assertThat(counter(after, "requests-overdue")).isEqualTo(overdue + 1);
    assertThat(counter(after, "requests-open")).isEqualTo(open + 2);
    // The one received today counts in this week's bar; the old one is outside the 12 weeks.
    assertThat(lastWeek(after, "requests")).containsExactly(thisWeek + 1);
    assertThat(lastWeek(after, "consents"))
        .containsExactly(consents.get(0) + 1, consents.get(1) + 1);
    assertThat(after)
        .contains("id=\"trend-consents\"", "Consents per week", "<svg class=\"chart\"");
    assertThat(counter(after, "informing-overdue")).isEqualTo(informingOverdue + 1);
    assertThat(counter(after, "informing-due")).isEqualTo(informingDue + 1);
    assertThat(block(after, "requests-overdue"))
        .contains("Requests overdue", "Urgent", "href=\"/admin/requests?due=overdue\"");
    assertThat(block(after, "informing-overdue"))
        .contains("Art. 14 notices overdue", "href=\"/admin/intake/informing?due=overdue\"");
    // What the other modules count is there too, each with a word for its severity.
    assertThat(after)
        .contains(
            "id=\"counter-review\"",
            "id=\"counter-breaches-open\"",
            "id=\"counter-mail-failed\"",
            "id=\"counter-events-incomplete\"",
            "id=\"counter-tasks-failing\"",
            "id=\"counter-audit-verified\"",
            "id=\"counter-retention-waiting\"");
    // Nothing on it asks the reader to read an id.
    assertThat(after).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}");

    String list = page("/admin/requests?due=overdue&lang=en", "DPO");
    assertThat(list).contains(reference, "id=\"due-filter\"");
    String later = page("/admin/requests?due=week&lang=en", "DPO");
    assertThat(later).doesNotContain(reference);

    String informing = page("/admin/intake/informing?due=overdue&lang=en", "DPO");
    assertThat(informing).contains("data-record-id=\"" + lateRecord + "\"");
    assertThat(informing).doesNotContain(">Due<");
  }

  @Test
  void eachRoleSeesOnlyTheCountersWhosePagesItMayOpen() throws Exception {
    String marketing = page("/admin?lang=en", "MARKETING");
    assertThat(marketing)
        .doesNotContain("counter-requests", "counter-informing", "counter-mail", "counter-audit")
        .contains("id=\"no-counters\"")
        .doesNotContain("trend-requests", "trend-consents");

    String auditor = page("/admin?lang=en", "AUDITOR");
    assertThat(auditor)
        .contains("id=\"counter-audit-verified\"", "id=\"counter-breaches-open\"")
        .doesNotContain("counter-requests", "counter-informing", "counter-mail");
    assertThat(auditor).contains("id=\"trend-consents\"").doesNotContain("trend-requests");

    String handler = page("/admin?lang=nb", "CASE_HANDLER");
    assertThat(handler)
        .contains("id=\"counter-requests-overdue\"", "Foresp\u00f8rsler over fristen")
        .doesNotContain("counter-audit", "counter-mail", "counter-tasks");
  }

  @Test
  void theOverviewIsCleanUnderAxeInBothLanguagesAndItsOverdueCounterLeadsToTheQueue() {
    verifiedRequest("2025-02-03");
    WebDriver browser = chromium.driver();
    browser.get(url("/admin/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    List<String> violations = new ArrayList<>();
    for (String lang : List.of("nb", "en")) {
      browser.get(url("/admin?lang=" + lang));
      chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("counters")));
      // The tables behind the charts are read too, not only the closed summaries.
      browser.findElements(By.cssSelector(".trend details summary")).forEach(WebElement::click);
      new AxeBuilder()
          .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
          .analyze(browser)
          .getViolations()
          .forEach(rule -> violations.add(lang + ": " + rule.getId() + " " + nodes(rule)));
    }
    chromium.screenshot("overview");
    assertThat(violations).isEmpty();

    browser.findElement(By.cssSelector("#counter-requests-overdue a")).click();
    chromium.await().until(ExpectedConditions.urlContains("due=overdue"));
    assertThat(browser.findElement(By.id("due-filter")).getText()).contains("past their due date");
    assertThat(browser.findElements(By.cssSelector("#group-overdue tr[data-reference]")))
        .isNotEmpty();
  }

  private static String nodes(Rule rule) {
    return String.join(
        ", ", rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String page(String path, String role) throws Exception {
    return mvc.perform(get(path).with(user(DPO).roles(role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The counter's list item, from its opening tag to its end. */
  private static String block(String page, String id) {
    int start = page.indexOf("id=\"counter-" + id + "\"");
    assertThat(start).as("counter " + id).isNotNegative();
    return page.substring(start, page.indexOf("</li>", start));
  }

  /** The current week's counts, one per series: the last row of the trend's table. */
  private static List<Long> lastWeek(String page, String trend) {
    int start = page.indexOf("id=\"trend-" + trend + "\"");
    assertThat(start).as("trend " + trend).isNotNegative();
    String figure = page.substring(start, page.indexOf("</figure>", start));
    String row = figure.substring(figure.lastIndexOf("<tr>"));
    Matcher m = Pattern.compile("<td>(\\d+)</td>").matcher(row);
    List<Long> counts = new ArrayList<>();
    while (m.find()) {
      counts.add(Long.parseLong(m.group(1)));
    }
    return counts;
  }

  /** Gives and withdraws a consent through the API, as a person's choices would. */
  private void consentGivenAndWithdrawn() {
    Http http = new Http(port);
    String email = "person-" + UUID.randomUUID() + "@example.invalid";
    for (String action : List.of("give", "withdraw")) {
      HttpResponse<String> answer =
          http.postJson(
              http.api("/api/v1/consents"),
              "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
                  + email
                  + "\"}],\"purpose\":\"statistics-cookies\",\"action\":\""
                  + action
                  + "\"}");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }
  }

  private static long counter(String page, String id) {
    Matcher m = Pattern.compile("<span class=\"count\">(\\d+)</span>").matcher(block(page, id));
    assertThat(m.find()).as("a number in counter " + id).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** A request received by phone on {@code received}, verified by calling back; its reference. */
  private String verifiedRequest(String received) {
    Http http = new Http(port);
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/requests"),
            "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"person-%s@example.invalid\"},\"receivedAt\":\"%s\",\"channel\":\"phone\",\"language\":\"en\"}"
                .formatted(UUID.randomUUID(), received));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode request = JSON.readTree(created.body());
    HttpResponse<String> verified =
        http.postJson(
            http.api("/api/v1/requests/" + request.get("id").asString() + "/verification"),
            "{\"method\":\"phone-callback\",\"reason\":\"Called the number on file\"}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return request.get("reference").asString();
  }

  /** A record collected from a third party whose person must be told by {@code informBy}. */
  private UUID record(LocalDate informBy) {
    return intake
        .store(
            new RecordCommand(
                List.of(
                    new Identifier(
                        IdentifierType.EMAIL, "person." + UUID.randomUUID() + "@example.invalid")),
                new NewRecord(
                    "group",
                    "debt-collection",
                    "third-party",
                    Instant.now(clock),
                    Map.of("claim", "Synthetic"),
                    informBy,
                    null,
                    null,
                    null)),
            "system:test")
        .record()
        .value();
  }
}
