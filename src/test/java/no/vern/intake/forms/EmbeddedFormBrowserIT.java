package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.vern.subject.StoredRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person on another organisation's website (a page served from another origin, allowed in the
 * settings) fills in the embedded contact form: a mistyped e-mail address is shown next to its
 * field, the corrected form is sent, the confirmation appears and the record exists.
 */
@VernTest
class EmbeddedFormBrowserIT {

  private static HttpServer site;
  private static volatile int vernPort;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired ApplicationContext context;
  @RegisterExtension final Browser chromium = new Browser();

  /** The other site: one page embedding the form, on a port of its own (so another origin). */
  @DynamicPropertySource
  static void allowTheSite(DynamicPropertyRegistry properties) throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext(
        "/contact.html",
        exchange -> {
          byte[] page = page().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    site.start();
    properties.add("vern.intake.forms.allowed-origins", EmbeddedFormBrowserIT::siteOrigin);
  }

  @AfterAll
  static void stopTheSite() {
    site.stop(0);
  }

  private static String siteOrigin() {
    return "http://127.0.0.1:" + site.getAddress().getPort();
  }

  private static String page() {
    return """
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8"><title>Brattli Kreditt</title></head>
        <body>
          <h1>Kontakt Brattli Kreditt</h1>
          <div data-vern-form="contact" data-lang="nb"></div>
          <script src="http://localhost:%d/public/forms/embed.js" defer></script>
        </body></html>
        """
        .formatted(vernPort);
  }

  @Test
  void aPersonCorrectsTheirEmailAndSeesTheConfirmation() {
    vernPort = port;
    WebDriver browser = chromium.driver();
    String email = FormClient.email();
    browser.get(siteOrigin() + "/contact.html");
    chromium
        .await()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-vern-ready]")));

    assertThat(browser.findElement(By.cssSelector(".vern-title")).getText())
        .isEqualTo("Kontakt oss");
    WebElement form = browser.findElement(By.cssSelector("form.vern-form"));
    form.findElement(By.name("name")).sendKeys("Synthetic Person");
    form.findElement(By.name("email")).sendKeys("synthetic.person@example");
    new Select(form.findElement(By.name("topic"))).selectByValue("services");
    form.findElement(By.name("message")).sendKeys("Synthetic question about your services.");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement emailError =
        chromium
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".vern-field-email .vern-error")));
    assertThat(emailError.getText())
        .isEqualTo("Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.");
    assertThat(form.findElement(By.name("email")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElements(By.cssSelector(".vern-field-message .vern-error")))
        .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    chromium.screenshot("embedded-form-error");

    WebElement emailField = form.findElement(By.name("email"));
    emailField.clear();
    emailField.sendKeys(email);
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement confirmation =
        chromium
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".vern-confirmation")));
    assertThat(confirmation.getText())
        .isEqualTo(
            "Takk for henvendelsen. Vi svarer deg s\u00e5 snart vi kan, vanligvis innen to"
                + " arbeidsdager.");
    chromium.screenshot("embedded-form-sent");

    Map<String, Object> row = new FormRecordRows(jdbc, registry).single(email, "contact");
    assertThat(row).containsEntry("activity", "enquiries");
    assertThat(StoredRecords.data(context, (java.util.UUID) row.get("id")))
        .containsEntry("message", "Synthetic question about your services.")
        .containsEntry("topic", "services");
  }
}
