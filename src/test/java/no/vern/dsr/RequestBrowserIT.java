package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.consent.ConsentLedger;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Browser;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole of a request as people see it: a person files an access request on /rights, reads the
 * code in their mailbox, confirms; a case handler finds it in the queue, takes it, answers it; the
 * person is mailed a download link, opens it and downloads the package: every record of three
 * activities with the Art. 15(1) information, in Bokmål; the same person's request in English gives
 * the package in English.
 */
@VernTest
class RequestBrowserIT {

  private static final Pattern DOWNLOAD =
      Pattern.compile("https?://\\S+/rights/download/[A-Za-z0-9_-]+");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired Clock clock;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;
  private Dsr dsr;

  @BeforeEach
  void setUp() {
    browser = chromium.driver();
    dsr = new Dsr(new Http(port), context);
  }

  @Test
  void aPersonAsksForAccessConfirmsWithTheCodeAndIsMailedADownloadLinkOnceAnswered()
      throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String email = person.email();

    browser.get(url("/rights?lang=nb"));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Dine rettigheter");
    browser.findElement(By.id("right-access")).click();
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("description")).sendKeys("Jeg vil se alt dere har om meg.");
    browser.findElement(By.id("send")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("code-form")));
    chromium.screenshot("dsr-01-sent");
    String reference =
        browser.findElement(By.id("reference")).getText().replace("Referansen din: ", "");
    assertThat(reference).matches("R-[2-9A-Z]{4}-[2-9A-Z]{4}");

    String mail = Dsr.text(dsr.mailbox(email).get(0));
    assertThat(mail).contains(reference);
    Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mail);
    assertThat(code.find()).isTrue();
    browser.findElement(By.id("code")).sendKeys(code.group(1));
    browser.findElement(By.id("verify")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("my-page")));
    assertThat(browser.findElement(By.id("title")).getText())
        .isEqualTo("Takk, henvendelsen er bekreftet");
    chromium.screenshot("dsr-02-verified");

    signIn();
    browser.findElement(By.linkText("Requests")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("request-counts")));
    browser.findElement(By.linkText(reference)).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Open");
    assertThat(browser.findElement(By.id("description")).getText())
        .isEqualTo("Jeg vil se alt dere har om meg.");
    browser.findElement(By.id("assign-me")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    browser.findElement(By.id("start")).click();
    chromium.await().until(ExpectedConditions.textToBe(By.id("state"), "In progress"));
    browser.findElement(By.id("fulfil")).click();
    chromium.await().until(ExpectedConditions.textToBe(By.id("state"), "Answered"));
    chromium.screenshot("dsr-03-answered");
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline)
        .contains("Received")
        .contains("Code sent")
        .contains("Verified")
        .contains("Assigned")
        .contains("Work started")
        .contains("Answered");

    var mails = dsr.mailbox(email);
    assertThat(mails).hasSize(2);
    String answer = Dsr.text(mails.get(1));
    assertThat(answer).contains("Vi har besvart henvendelsen din " + reference);
    assertThat(answer).contains("/rights/download/");
    assertThat(mails.get(1).getContentType()).doesNotContain("mixed");

    // The person opens the link: a page with one button (a mail scanner opening it spends
    // nothing). The ZIP the button gives is fetched over HTTP, as Chromium's downloads are not
    // readable from the test.
    Matcher link = DOWNLOAD.matcher(answer);
    assertThat(link.find()).isTrue();
    // The case handler chose English in this same browser; the person reads Bokmål.
    browser.get(link.group() + "?lang=nb");
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("button")));
    assertThat(browser.findElement(By.tagName("button")).getText()).contains("Last ned");
    chromium.screenshot("dsr-04-download");
    Map<String, byte[]> nb = AccessPackageIT.unzip(download(link.group()));
    JsonNode p = JSON.readTree(nb.get("access-package.json"));
    assertThat(p.get("language").asString()).isEqualTo("nb");
    assertThat(p.get("activities").size()).isGreaterThanOrEqualTo(3);
    for (JsonNode activity : p.get("activities")) {
      assertThat(activity.get("purpose").asString()).isNotBlank();
      assertThat(activity.get("legalBases").size()).isPositive();
      assertThat(activity.get("retention").asString()).isNotBlank();
      assertThat(activity.has("recipients")).isTrue();
      assertThat(activity.has("sources")).isTrue();
      assertThat(activity.get("records").size()).isPositive();
    }
    assertThat(p.get("rights").get("complaint").asString()).contains("Datatilsynet");
    assertThat(new String(nb.get("access-package.html"), StandardCharsets.UTF_8))
        .contains("lang=\"nb\"", "Personopplysningene dine", person.enquiry(), "Inkasso");

    // The same person asks in English, by phone; the case handler verifies and answers.
    JsonNode english =
        dsr.created(
            "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"phone\",\"language\":\"en\"}"
                .formatted(email));
    String id = english.get("id").asString();
    assertThat(
            dsr.post(
                    "/api/v1/requests/" + id + "/verification",
                    "{\"method\":\"phone-callback\",\"reason\":\"Called the number on file\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(dsr.post("/api/v1/requests/" + id + "/fulfilment", "{}").statusCode())
        .isEqualTo(200);
    var all = dsr.mailbox(email);
    Matcher englishLink = DOWNLOAD.matcher(Dsr.text(all.get(all.size() - 1)));
    assertThat(englishLink.find()).isTrue();
    Map<String, byte[]> en = AccessPackageIT.unzip(download(englishLink.group()));
    assertThat(JSON.readTree(en.get("access-package.json")).get("activities").size())
        .isGreaterThanOrEqualTo(3);
    assertThat(new String(en.get("access-package.html"), StandardCharsets.UTF_8))
        .contains("lang=\"en\"", "Your personal data", "Debt collection");
  }

  private static byte[] download(String link) throws Exception {
    HttpResponse<byte[]> zip =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    return zip.body();
  }

  private void signIn() {
    browser.get(url("/admin/login?lang=en"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
