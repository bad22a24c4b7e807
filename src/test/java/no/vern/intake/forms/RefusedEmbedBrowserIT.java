package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import no.vern.support.Browser;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A web developer embeds the contact form on a site Vern does not allow yet (a page served from
 * another origin, not in {@code VERN_FORMS_ALLOWED_ORIGINS}): the browser console names the setting
 * and the origin to add, the visitor sees a short text and a link to the same form on Vern's own
 * page, where the form works. An ordinary HTML form on that site gets Vern's bilingual page.
 */
@VernTest
class RefusedEmbedBrowserIT {

  private static HttpServer site;
  private static volatile int vernPort;

  @LocalServerPort int port;
  @RegisterExtension final Browser chromium = new Browser();

  @BeforeAll
  static void startTheSite() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/contact.html", exchange -> serve(exchange, embedding()));
    site.createContext("/plain.html", exchange -> serve(exchange, plainForm()));
    site.start();
  }

  @AfterAll
  static void stopTheSite() {
    site.stop(0);
  }

  private static void serve(com.sun.net.httpserver.HttpExchange exchange, String html)
      throws IOException {
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, page.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(page);
    }
  }

  private static String siteOrigin() {
    return "http://127.0.0.1:" + site.getAddress().getPort();
  }

  private static String embedding() {
    return """
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8"><title>Ny nettside</title></head>
        <body>
          <h1>Kontakt oss</h1>
          <div data-vern-form="contact" data-lang="nb"></div>
          <script src="http://localhost:%d/public/forms/embed.js" defer></script>
        </body></html>
        """
        .formatted(vernPort);
  }

  private static String plainForm() {
    return """
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8"><title>Ny nettside</title></head>
        <body>
          <form action="http://localhost:%d/public/forms/newsletter" method="post">
            <input type="hidden" name="lang" value="nb">
            <label>E-postadresse <input name="email" value="refused.person@example.invalid"></label>
            <button id="send">Meld meg p\u00e5</button>
          </form>
        </body></html>
        """
        .formatted(vernPort);
  }

  @Test
  void theConsoleNamesTheSettingAndTheVisitorGetsALinkToTheFormOnVernsOwnPage() {
    vernPort = port;
    WebDriver browser = chromium.driver();
    browser.get(siteOrigin() + "/contact.html");

    WebElement link =
        chromium
            .await()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-vern-refused] a.vern-fallback-link")));
    assertThat(browser.findElement(By.cssSelector(".vern-fallback")).getText())
        .contains("Dette skjemaet kan ikke sendes fra dette nettstedet.")
        .contains("Fyll ut skjemaet p\u00e5 v\u00e5r egen side: Kontakt oss");
    assertThat(link.getAttribute("href"))
        .isEqualTo("http://localhost:" + port + "/public/forms/contact/page?lang=nb");
    assertThat(browser.findElements(By.cssSelector("form.vern-form"))).isEmpty();
    assertThat(chromium.consoleErrors())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("VERN_FORMS_ALLOWED_ORIGINS=" + siteOrigin())
                    .contains("may not send the form"));
    chromium.screenshot("embedded-form-refused");

    link.click();
    chromium
        .await()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-vern-ready]")));
    assertThat(browser.getCurrentUrl()).startsWith("http://localhost:" + port + "/public/forms/");
    assertThat(browser.findElement(By.cssSelector(".vern-title")).getText())
        .isEqualTo("Kontakt oss");
    assertThat(chromium.consoleErrors()).isEmpty();
  }

  @Test
  void anOrdinaryFormPostFromTheSiteGetsVernsPageInBothLanguages() {
    vernPort = port;
    WebDriver browser = chromium.driver();
    browser.get(siteOrigin() + "/plain.html");
    browser.findElement(By.id("send")).click();

    chromium.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("refused-en")));
    assertThat(browser.findElement(By.id("refused-nb")).getText())
        .contains("Skjemaet kunne ikke sendes fra det nettstedet");
    assertThat(browser.findElement(By.id("refused-en")).getText())
        .contains("The form could not be sent from that website");
    assertThat(browser.findElement(By.id("own-page-en")).getAttribute("href"))
        .isEqualTo("http://localhost:" + port + "/public/forms/newsletter/page?lang=en");
    assertThat(browser.getPageSource()).doesNotContain("urn:vern:problem");
  }
}
