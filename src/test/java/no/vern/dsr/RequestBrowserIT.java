package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * The whole of a request as people see it: a person files an access request on /rights, reads the
 * code in their mailbox, confirms; a case handler finds it in the queue, takes it, answers it; the
 * person is mailed a download link (the package itself is dsr-b's: here a stand-in link).
 */
@VernTest
class RequestBrowserIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
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
    String email = Dsr.freshAddress();
    dsr.known(email);

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
