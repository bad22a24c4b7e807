package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.support.Http;
import no.vern.support.Reactions;
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
  void aKnownAndAnUnknownAddressGetTheSameAnswerTheSameMailAndLeaveTheSameRows() throws Exception {
    String known = Dsr.freshAddress();
    String unknown = Dsr.freshAddress();
    dsr.known(known);
    Reactions.settle();

    Map<String, Long> mails = mailsByKind();
    HttpResponse<String> forKnown = file(known, "en");
    Map<String, Long> knownRows = footprint(forKnown.body(), mails);
    mails = mailsByKind();
    HttpResponse<String> forUnknown = file(unknown, "en");
    Map<String, Long> unknownRows = footprint(forUnknown.body(), mails);

    assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(200);
    assertThat(headers(forKnown)).isEqualTo(headers(forUnknown));
    assertThat(anonymised(forKnown.body())).isEqualTo(anonymised(forUnknown.body()));
    assertThat(forKnown.body()).contains("We have received your request").contains("code-form");
    assertThat(knownRows)
        .isEqualTo(unknownRows)
        .containsEntry("dsr_request with address and text", 1L)
        .containsEntry("dsr_code", 1L)
        .containsEntry("dsr_timeline", 2L)
        .containsEntry("mail_outbox dsr.code", 1L);

    var knownMail = dsr.mailbox(known);
    var unknownMail = dsr.mailbox(unknown);
    assertThat(knownMail).hasSize(1);
    assertThat(unknownMail).hasSize(1);
    assertThat(anonymised(knownMail.get(0).getSubject()))
        .isEqualTo(anonymised(unknownMail.get(0).getSubject()));
    assertThat(anonymised(Dsr.text(knownMail.get(0))))
        .isEqualTo(anonymised(Dsr.text(unknownMail.get(0))))
        .contains("CODE");
  }

  @Test
  void anUnknownAddressLearnsThatNothingIsHeldOnlyAfterItsCodeAndNothingOfItIsKept()
      throws Exception {
    String email = Dsr.freshAddress();
    HttpResponse<String> filed = file(email, "nb");
    UUID request = UUID.fromString(field(filed.body(), "request"));

    HttpResponse<String> confirmed = verify(filed.body(), code(email));

    assertThat(confirmed.body())
        .contains("data-state=\"NOTHING\"")
        .contains("Vi har ingen personopplysninger knyttet til denne e-postadressen");
    assertThat(confirmed.headers().allValues("set-cookie"))
        .noneMatch(c -> c.contains("VERN_RIGHTS"));
    assertThat(stateOf(request)).isEqualTo("FULFILLED");
    var mails = dsr.mailbox(email);
    assertThat(mails).hasSize(2);
    assertThat(Dsr.text(mails.get(1))).contains("Vi har ingen personopplysninger");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM dsr_request WHERE id = :id"
                        + " AND contact IS NULL AND description IS NULL AND subject_id IS NULL")
                .param("id", request)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
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

  /**
   * The page or mail without what differs by design: the reference, the request's id, the code and
   * the address.
   */
  private static String anonymised(String page) {
    return page.replaceAll("R-[2-9A-Z]{4}-[2-9A-Z]{4}", "R-XXXX-XXXX")
        .replaceAll("person-[0-9a-f-]{36}@example\\.invalid", "ADDRESS")
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
        .replaceAll("\\b\\d{6}\\b", "CODE");
  }

  /** The headers a client or cache would act on, without the date (which may tick between). */
  private static Map<String, List<String>> headers(HttpResponse<String> answer) {
    Map<String, List<String>> kept = new TreeMap<>(answer.headers().map());
    kept.remove("date");
    kept.remove("x-correlation-id");
    // A cookie's Expires is the clock's second plus a year: two answers a second apart differ.
    kept.computeIfPresent(
        "set-cookie",
        (name, values) -> values.stream().map(v -> v.replaceAll("Expires=[^;]*; ", "")).toList());
    return kept;
  }

  /**
   * What one filing left, table by table: the request row (counted only when both its address and
   * its text are stored encrypted), its code, its timeline, its audit entries (sealed or waiting),
   * the mails queued since {@code before} by kind, and the event publications naming it.
   */
  private Map<String, Long> footprint(String page, Map<String, Long> before) {
    Reactions.settle();
    UUID id = UUID.fromString(field(page, "request"));
    Map<String, Long> rows = new TreeMap<>();
    rows.put(
        "dsr_request with address and text",
        count(
            "SELECT count(*) FROM dsr_request WHERE id = :id"
                + " AND contact IS NOT NULL AND description IS NOT NULL",
            id));
    rows.put("dsr_code", count("SELECT count(*) FROM dsr_code WHERE request_id = :id", id));
    rows.put("dsr_timeline", count("SELECT count(*) FROM dsr_timeline WHERE request_id = :id", id));
    rows.put(
        "audit",
        count(
            "SELECT (SELECT count(*) FROM audit_entry WHERE resource_id = CAST(:id AS text))"
                + " + (SELECT count(*) FROM audit_pending WHERE resource_id = CAST(:id AS text))",
            id));
    rows.put(
        "event_publication",
        count(
            "SELECT count(*) FROM event_publication WHERE serialized_event LIKE '%' || CAST(:id AS text) || '%'",
            id));
    mailsByKind()
        .forEach(
            (kind, n) -> {
              long added = n - before.getOrDefault(kind, 0L);
              if (added != 0) {
                rows.put("mail_outbox " + kind, added);
              }
            });
    return rows;
  }

  private Map<String, Long> mailsByKind() {
    Map<String, Long> kinds = new TreeMap<>();
    jdbc.sql("SELECT kind, count(*) FROM mail_outbox GROUP BY kind")
        .query((rs, n) -> kinds.put(rs.getString(1), rs.getLong(2)))
        .list();
    return kinds;
  }

  private long count(String sql, UUID id) {
    return jdbc.sql(sql).param("id", id).query(Long.class).single();
  }
}
