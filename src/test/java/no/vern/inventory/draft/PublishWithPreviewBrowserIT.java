package no.vern.inventory.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.consent.ConsentApi;
import no.vern.consent.InventoryChanges;
import no.vern.inventory.ProcessingInventory;
import no.vern.support.Browser;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 16's journey for publishing: the DPO changes what a consent purpose says in a draft, reads
 * in the preview that exactly the two people who consented to it would be asked to renew, confirms,
 * and sees the new version in force. The purpose is one of the test's own, so consents other tests
 * leave in the shared database do not change the count.
 */
@VernTest
class PublishWithPreviewBrowserIT {

  private static final String PASSWORD = "publish-preview-password-1234";
  private static final String PURPOSE_EN = "We send you invitations to our seminars by e-mail.";
  private static final String PURPOSE_EN_CHANGED =
      "We send you invitations to our seminars by e-mail and text message.";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessingInventory published;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;
  private InventoryChanges inventory;

  @BeforeEach
  void setUp() {
    browser = chromium.driver();
    inventory = new InventoryChanges(new Http(port));
  }

  @AfterEach
  void restore() {
    jdbc.sql("DELETE FROM inventory_draft").update();
    inventory.restore();
  }

  @Test
  void theDpoSeesWhoWillBeAskedToRenewAndPublishesOnlyWhenConfirmed() {
    inventory.activate(withSeminarPurpose());
    ConsentApi consents = new ConsentApi(new Http(port));
    consents.record(ConsentApi.email(), "seminars", "give");
    consents.record(ConsentApi.email(), "seminars", "give");
    signInAsDpo();

    browser.get(url("/admin/inventory?lang=en"));
    String activeBefore = browser.findElement(By.id("inventory-active")).getText();
    browser.findElement(By.id("inventory-edit")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-none")));

    // Typing the whole document through sendKeys is slow; the edit is set as a paste would.
    WebElement editor = browser.findElement(By.id("inventory-document"));
    // The editor numbers the lines and highlights the YAML (CodeMirror, served from the jar).
    assertThat(browser.findElements(By.cssSelector(".CodeMirror .CodeMirror-linenumber")))
        .isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".CodeMirror .cm-atom"))).isNotEmpty();
    String text = editor.getAttribute("value");
    assertThat(text).contains(PURPOSE_EN);
    ((JavascriptExecutor) browser)
        .executeScript(
            "var cm = document.querySelector('.CodeMirror');"
                + " if (cm && cm.CodeMirror) { cm.CodeMirror.setValue(arguments[1]); }"
                + " else { arguments[0].value = arguments[1]; }",
            editor,
            text.replace(PURPOSE_EN, PURPOSE_EN_CHANGED));
    browser.findElement(By.id("draft-save")).click();
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("draft-saved")));

    assertThat(browser.findElement(By.id("draft-no-problems")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("consequence-purpose-changed-seminars")).getText())
        .contains("seminars")
        .contains("purpose text");
    assertThat(browser.findElement(By.id("consequence-consent-renewals")).getText())
        .isEqualTo("2 people will be asked to renew their consent.");
    assertThat(browser.findElement(By.id("diff-en")).getText()).contains(PURPOSE_EN_CHANGED);
    // Only the English text changed: the Bokmål notice says so rather than showing an empty diff.
    assertThat(browser.findElement(By.id("diff-none-nb")).isDisplayed()).isTrue();
    openNoticePreviews();
    assertThat(browser.findElement(By.id("notice-en")).getText()).contains(PURPOSE_EN_CHANGED);
    assertThat(browser.findElement(By.id("notice-nb")).getText()).contains("seminar");
    assertThat(browser.findElement(By.id("publish-consequences")).getText())
        .contains("2 people will be asked to renew their consent.");
    assertThat(axe()).isEmpty();
    chromium.screenshot("publish-01-preview");

    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    openNoticePreviews();
    assertThat(number("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
    chromium.screenshot("publish-02-phone");
    browser.manage().window().setSize(new Dimension(1280, 900));

    // The confirmation is required: the browser refuses the form until it is ticked.
    browser.findElement(By.id("draft-publish")).click();
    assertThat(browser.getCurrentUrl()).contains("/admin/inventory/draft");
    browser.findElement(By.id("publish-confirm")).click();
    browser.findElement(By.id("draft-publish")).click();

    WebElement activated =
        chromium
            .await()
            .until(ExpectedConditions.presenceOfElementLocated(By.id("inventory-activated")));
    assertThat(activated.getText()).startsWith("The inventory was accepted: version");
    assertThat(browser.findElement(By.id("inventory-active")).getText()).isNotEqualTo(activeBefore);
    browser.get(url("/privacy?lang=en"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains(PURPOSE_EN_CHANGED);
    assertThat(jdbc.sql("SELECT count(*) FROM inventory_draft").query(Integer.class).single())
        .isZero();
  }

  /**
   * The example with a consent purpose nobody else in the test run uses, and a newsletter-like
   * activity resting on it, so its text is in the notice as the newsletter's is.
   */
  static String withSeminarPurpose() {
    String purpose =
        InventoryChanges.replaceOnce(
            InventoryChanges.EXAMPLE,
            "consentPurposes:\n",
            "consentPurposes:\n"
                + "  - code: seminars\n"
                + "    title: { nb: Seminarer, en: Seminars }\n"
                + "    description:\n"
                + "      nb: Vi sender deg invitasjoner til seminarene våre på e-post.\n"
                + "      en: "
                + PURPOSE_EN
                + "\n");
    return InventoryChanges.replaceOnce(
        purpose,
        "  - id: newsletter\n    controller: group\n",
        """
          - id: seminar-invitations
            controller: group
            role: controller
            name: { nb: Seminarinvitasjoner, en: Seminar invitations }
            purpose: { nb: Å invitere til seminarer., en: To invite you to seminars. }
            legalBases:
              - basis: A6-1-a
            consentPurpose: seminars
            dataCategories: [contact-details]
            subjectCategories: [newsletter-subscribers]
            sources:
              - kind: data-subject
                channel: newsletter-signup
                description: { nb: Fra deg når du melder deg på, en: From you when you sign up }
            retention:
              trigger: unsubscribed
              period: P0D
              action: delete
              description: { nb: Slettes straks du melder deg av, en: Deleted when you unsubscribe }
            provision:
              requirement: none
              obliged: false
              consequence: { nb: Det er frivillig., en: It is voluntary. }

          - id: newsletter
            controller: group
        """);
  }

  private void openNoticePreviews() {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelectorAll('details.notice-preview').forEach(d => d.open = true);");
  }

  private void signInAsDpo() {
    String username = "dpo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.invalid";
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all)"
                + " VALUES (?, ?, ?, '{DPO}', true, false, ?, true)")
        .params(
            UUID.randomUUID(),
            username,
            new BCryptPasswordEncoder(4).encode(PASSWORD),
            Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
        .update();
    browser.get(url("/admin/login?lang=en"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private List<String> axe() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(browser);
    return results.getViolations().stream()
        .map(
            rule ->
                rule.getId()
                    + " "
                    + rule.getNodes().stream().limit(3).map(n -> n.getTarget()).toList())
        .toList();
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
