package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.support.Browser;
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

/**
 * A case handler looks a person up by e-mail, lands on their page without the address ever being in
 * the browser's address bar, reads two records under two activities with purpose and legal basis,
 * and finds the look at the page on the audit trail, by ids.
 */
@VernTest
class SubjectAdminBrowserIT {

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;

  @BeforeEach
  void useBrowser() {
    browser = chromium.driver();
  }

  @Test
  void searchAPersonByEMailAndReadTheirRecords() {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    Instant now = clock.instant();
    records.store(subject, RecordFixtures.enquiry(now, "Synthetic question"), "system:test");
    records.store(subject, RecordFixtures.claim(now, LocalDate.of(2025, 2, 17)), "system:test");

    signIn();

    browser.findElement(By.linkText("Data subjects")).click();
    // One field: no type to choose (issue 16).
    browser.findElement(By.id("search-value")).sendKeys(email.toUpperCase());
    browser.findElement(By.id("search-submit")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("subject-id")));
    chromium.screenshot("subject-01-page");

    assertThat(browser.getCurrentUrl()).endsWith("/admin/subjects/" + subject);
    assertThat(browser.findElement(By.id("identifiers")).getText()).contains(email);
    List<WebElement> activities = browser.findElements(By.cssSelector("section.activity"));
    assertThat(activities).hasSize(2);
    String enquiries = activity("enquiries").getText();
    assertThat(enquiries)
        .contains("Enquiries and contact forms")
        .contains("To answer questions and requests about our services")
        .contains("Contract (Art. 6(1)(b))")
        .contains("Synthetic question");
    String debts = activity("debt-collection").getText();
    assertThat(debts)
        .contains("Debt collection")
        .contains("Legal obligation (Art. 6(1)(c))")
        .contains("Inform by 2025-02-17");

    String admin =
        jdbc.sql("SELECT id::text FROM access_user WHERE username = 'admin'")
            .query(String.class)
            .single();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 3020"
                        + " AND actor_type = 'USER' AND actor_id = ? AND resource_type = 'subject'"
                        + " AND resource_id = ?")
                .params(admin, subject.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    browser.get(url("/admin/audit?action=3020&resourceId=" + subject));
    String trail = browser.findElement(By.id("entries")).getText();
    // The admin by name, not by id (issue 16).
    assertThat(trail).contains("Page of a data subject opened").contains("admin User");
    assertThat(trail).doesNotContain(admin);
    assertThat(browser.getPageSource()).doesNotContain(email);
    chromium.screenshot("subject-02-audit");
  }

  @Test
  void aSuggestedDuplicateIsMergedAfterAnInlineConfirmation() {
    Identifier email = SubjectFixtures.email();
    Identifier phone = SubjectFixtures.phone();
    SubjectId older = registry.resolve(List.of(email));
    SubjectId newer = registry.resolve(List.of(phone));
    registry.resolve(List.of(email, phone));
    signIn();

    browser.get(url("/admin/subjects/" + older));
    browser.findElement(By.id("merge-" + newer)).click();
    // htmx puts the confirmation into the page: still the subject's page, now with the form.
    WebElement confirm =
        chromium
            .await()
            .until(ExpectedConditions.elementToBeClickable(By.id("merge-confirm-submit")));
    assertThat(browser.getCurrentUrl()).endsWith("/admin/subjects/" + older);
    assertThat(browser.findElement(By.id("merge-confirm-slot")).getText())
        .contains(newer.toString());
    chromium.screenshot("subject-03-merge-confirm");
    confirm.click();

    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("subject-merged")));
    assertThat(browser.findElement(By.id("identifiers")).getText())
        .contains(phone.type().normalise(phone.value()).orElseThrow());
    browser.get(url("/admin/subjects/" + newer));
    assertThat(browser.getCurrentUrl()).endsWith("/admin/subjects/" + older);
  }

  private void signIn() {
    browser.get(url("/admin/login?lang=en"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
  }

  private WebElement activity(String id) {
    return browser.findElement(By.cssSelector("section.activity[data-activity='" + id + "']"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
