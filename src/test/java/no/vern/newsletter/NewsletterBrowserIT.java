package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.Decision;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A reader's whole journey in Chromium: sign up, confirm from the mail, unsubscribe from the
 * welcome mail's List-Unsubscribe link, and find the newsletter withdrawn on the preference page.
 */
@VernTest
class NewsletterBrowserIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired ConsentDecisions decisions;
  @RegisterExtension final Browser chromium = new Browser();
  private WebDriver browser;
  private WebDriverWait wait;
  private Newsletter newsletter;

  @BeforeEach
  void setUp() {
    browser = chromium.driver();
    wait = chromium.await();
    newsletter = new Newsletter(new Http(port), context);
  }

  @Test
  void aReaderSignsUpConfirmsUnsubscribesAndSeesItOnThePreferencePage() throws Exception {
    String email = Newsletter.freshAddress();
    newsletter.signUp(email, "en");
    var subject = registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow();

    browser.get(
        url(Newsletter.link(Newsletter.text(newsletter.mailbox(email).get(0)), "/u/confirm/")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Confirm your subscription");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "You are subscribed"));
    chromium.screenshot("newsletter-confirmed");

    List<MimeMessage> mails = newsletter.mailbox(email);
    assertThat(mails).hasSize(2);
    MimeMessage welcome = mails.get(1);
    browser.get(url(Newsletter.unsubscribePath(welcome) + "?lang=en"));
    assertThat(browser.findElement(By.id("result")).getText()).isEqualTo("Unsubscribe?");
    browser.findElement(By.id("unsubscribe")).click();
    wait.until(ExpectedConditions.textToBe(By.id("result"), "You are unsubscribed"));
    chromium.screenshot("newsletter-unsubscribed");
    assertThat(decisions.decide(subject, "newsletter").reason())
        .isEqualTo(Decision.Reason.WITHDRAWN);

    browser.get(url(Newsletter.link(Newsletter.text(welcome), "/u/p/")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your privacy choices");
    var newsletterChoice = browser.findElement(By.id("purpose-newsletter"));
    assertThat(newsletterChoice.getAttribute("data-state")).isEqualTo("WITHDRAWN");
    assertThat(newsletterChoice.getText()).contains("You have withdrawn your consent.");
    assertThat(newsletterChoice.findElements(By.cssSelector("button.withdraw"))).isEmpty();
    assertThat(newsletterChoice.findElement(By.cssSelector("button.give")).getText())
        .isEqualTo("Subscribe again");
    assertThat(newsletterChoice.findElements(By.cssSelector("a.receipt"))).hasSize(2);
    chromium.screenshot("newsletter-preferences");

    // The button's POST passes the cross-site check from a real browser; with the address erased
    // by the unsubscribe there is nobody to send a new confirmation to, and the page says so.
    newsletterChoice.findElement(By.cssSelector("button.give")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
    assertThat(browser.findElement(By.id("notice")).getAttribute("data-notice"))
        .isEqualTo("NO_ADDRESS");
    assertThat(decisions.decide(subject, "newsletter").allowed()).isFalse();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
