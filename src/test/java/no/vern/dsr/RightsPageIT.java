package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@VernTest
class RightsPageIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  Http http;
  Dsr dsr;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    dsr = new Dsr(http, context);
  }

  @Test
  void theAnswerIsTheSameForAKnownAndAnUnknownAddressAndOnlyTheMailboxLearnsWhich()
      throws Exception {
    String known = Dsr.freshAddress();
    String unknown = Dsr.freshAddress();
    dsr.known(known);

    HttpResponse<String> forKnown = file(known, "en");
    HttpResponse<String> forUnknown = file(unknown, "en");

    assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(200);
    assertThat(forKnown.headers().map()).containsOnlyKeys(forUnknown.headers().map().keySet());
    assertThat(anonymised(forKnown.body())).isEqualTo(anonymised(forUnknown.body()));
    assertThat(forKnown.body()).contains("We have received your request").contains("code-form");

    var unknownMails = dsr.mailbox(unknown);
    assertThat(unknownMails).hasSize(1);
    String nothing = Dsr.text(unknownMails.get(0));
    assertThat(nothing).contains("We hold no personal data about this e-mail address");
    assertThat(nothing).doesNotContainPattern("\\b\\d{6}\\b");
    var knownMails = dsr.mailbox(known);
    assertThat(knownMails).hasSize(1);
    assertThat(Dsr.text(knownMails.get(0))).containsPattern("\\b\\d{6}\\b");
  }

  @Test
  void aKnownPersonConfirmsWithTheMailedCodeAndTheRequestIsOpenWithItsDueDate() throws Exception {
    String email = Dsr.freshAddress();
    dsr.known(email);
    HttpResponse<String> filed = file(email, "nb");
    assertThat(filed.body()).contains("Vi har mottatt henvendelsen din");
    String code = code(email);

    HttpResponse<String> verified = verify(filed.body(), code);
    assertThat(verified.body()).contains("Takk, henvendelsen er bekreftet");
    UUID request = UUID.fromString(field(filed.body(), "request"));
    assertThat(stateOf(request)).isEqualTo("OPEN");
    // The self-service session (/rights/me) starts with the confirmation.
    assertThat(verified.headers().allValues("set-cookie"))
        .anyMatch(c -> c.matches("VERN_RIGHTS=[^;]+;.*"));

    HttpResponse<String> again = verify(filed.body(), code);
    assertThat(again.body()).contains("Koden er feil");
  }

  @Test
  void afterFiveWrongCodesEvenTheRightCodeIsRefused() throws Exception {
    String email = Dsr.freshAddress();
    dsr.known(email);
    HttpResponse<String> filed = file(email, "en");
    String code = code(email);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(verify(filed.body(), wrong).body()).contains("The code is wrong");
    }
    assertThat(verify(filed.body(), code).body()).contains("The code is wrong");
    assertThat(stateOf(UUID.fromString(field(filed.body(), "request")))).isEqualTo("VERIFYING");
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    String email = Dsr.freshAddress();
    dsr.known(email);
    HttpResponse<String> filed = file(email, "en");
    String code = code(email);
    UUID request = UUID.fromString(field(filed.body(), "request"));
    jdbc.sql("UPDATE dsr_code SET expires_at = now() - interval '1 minute' WHERE request_id = :id")
        .param("id", request)
        .update();
    assertThat(verify(filed.body(), code).body()).contains("The code is wrong");
  }

  @Test
  void theCodeIsStoredOnlyAsAnHmac() throws Exception {
    String email = Dsr.freshAddress();
    dsr.known(email);
    HttpResponse<String> filed = file(email, "en");
    String code = code(email);
    byte[] stored =
        jdbc.sql("SELECT code_hash FROM dsr_code WHERE request_id = :id")
            .param("id", UUID.fromString(field(filed.body(), "request")))
            .query(byte[].class)
            .single();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(code);
    assertThat(stored.length).isGreaterThanOrEqualTo(32);
  }

  @Test
  void aFormWithoutARightOrAddressIsShownAgainWithWhatToFix() {
    HttpResponse<String> answer =
        http.send(form("/rights?lang=en", "email=not-an-address&description=x"));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("Choose at least one right.")
        .contains("Enter a valid e-mail address.");
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    HttpResponse<String> answer =
        http.send(
            form("/rights?lang=en", "right=access&email=" + Dsr.freshAddress())
                .setHeader("Origin", "https://evil.example.invalid"));
    assertThat(answer.statusCode()).isEqualTo(403);
  }

  @Test
  void thePageIsInBokmalAndInEnglish() {
    assertThat(http.get("/rights?lang=nb").body()).contains("Dine rettigheter").contains("Innsyn");
    assertThat(http.get("/rights?lang=en").body()).contains("Your rights").contains("Access");
  }

  private HttpResponse<String> file(String email, String lang) {
    return http.send(
        form(
            "/rights?lang=" + lang,
            "right=access&right=portability&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&description=Synthetic+request"));
  }

  private HttpResponse<String> verify(String page, String code) {
    return http.send(
        form(
            "/rights/verify?lang=" + (page.contains("<html lang=\"nb\"") ? "nb" : "en"),
            "request="
                + field(page, "request")
                + "&reference="
                + field(page, "reference")
                + "&code="
                + code));
  }

  private HttpRequest.Builder form(String path, String body) {
    return http.request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private String code(String email) throws Exception {
    Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(Dsr.text(dsr.mailbox(email).get(0)));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private String stateOf(UUID request) {
    return jdbc.sql("SELECT state FROM dsr_request WHERE id = :id")
        .param("id", request)
        .query(String.class)
        .single();
  }

  static String field(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).as(name + " in " + page).isTrue();
    return m.group(1);
  }

  /** The page without what differs by design: the reference and the request's id. */
  private static String anonymised(String page) {
    return page.replaceAll("R-[2-9A-Z]{4}-[2-9A-Z]{4}", "R-XXXX-XXXX")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
  }
}
