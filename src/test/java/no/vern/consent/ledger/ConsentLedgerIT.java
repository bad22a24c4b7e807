package no.vern.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentApi;
import no.vern.consent.purpose.NoticeTexts;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The ledger over {@code POST /api/v1/consents} and {@code GET /api/v1/consents?subject=}. */
@VernTest
class ConsentLedgerIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  Http http;
  ConsentApi api;

  @BeforeEach
  void client() {
    http = new Http(port);
    api = new ConsentApi(http);
  }

  @Test
  void aConsentIsRecordedWithItsProofAndShowsInTheHistory() {
    String email = ConsentApi.email();
    Map<String, Object> body = ConsentApi.body(email, "newsletter", "give");
    body.put("language", "en");
    body.put("channel", "form:newsletter-signup");
    body.put("method", "form");
    body.put("clientAddress", "192.0.2.17");
    body.put("userAgent", "Synthetic/1.0");
    HttpResponse<String> response = api.post(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode answer = ConsentApi.JSON.readTree(response.body());
    UUID subject = UUID.fromString(answer.get("subject").asString());
    UUID event = UUID.fromString(answer.get("event").asString());
    assertThat(answer.get("status").asString()).isEqualTo("given");
    assertThat(answer.get("receipt").asString())
        .isEqualTo("/api/v1/consents/" + event + "/receipt");
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow().value())
        .isEqualTo(subject);

    JsonNode history = api.history(subject).get("events");
    assertThat(history.size()).isEqualTo(1);
    JsonNode entry = history.get(0);
    assertThat(entry.get("event").asString()).isEqualTo(event.toString());
    assertThat(entry.get("status").asString()).isEqualTo("given");
    assertThat(entry.get("dpvStatus").asString()).isEqualTo("dpv:ConsentGiven");
    assertThat(entry.get("language").asString()).isEqualTo("en");
    assertThat(entry.get("channel").asString()).isEqualTo("form:newsletter-signup");
    assertThat(entry.get("method").asString()).isEqualTo("form");
    assertThat(entry.get("noticeVersion").asInt()).isPositive();
    assertThat(entry.get("userAgent").asString()).isEqualTo("Synthetic/1.0");
    assertThat(entry.get("actor").get("type").asString()).isEqualTo("API_TOKEN");
    // The text shown defaults to the purpose's title and description in the notice, in English.
    assertThat(entry.get("textSha256").asString())
        .isEqualTo(
            NoticeTexts.sha256(
                "Newsletters and invitations\n\nWe send you newsletters and invitations to events"
                    + " and webinars by e-mail."));
    // The address is kept only as a keyed hash: not the address, not its plain SHA-256.
    String hmac = entry.get("addressHmac").asString();
    assertThat(hmac).hasSize(64).isNotEqualTo(NoticeTexts.sha256("192.0.2.17"));
    assertThat(response.body() + history).doesNotContain("192.0.2.17").doesNotContain(email);
    Map<String, Object> row =
        jdbc.sql("SELECT * FROM consent_event WHERE id = ?").param(event).query().singleRow();
    assertThat(row.values().toString()).doesNotContain("192.0.2.17").doesNotContain(email);
  }

  @Test
  void theSameAddressGivesTheSameProofSoItCanBeCheckedLater() {
    String email = ConsentApi.email();
    UUID subject = null;
    for (String action : List.of("give", "withdraw")) {
      Map<String, Object> body = ConsentApi.body(email, "newsletter", action);
      body.put("clientAddress", "2001:DB8::1");
      var response = api.post(body);
      assertThat(response.statusCode()).isEqualTo(201);
      // Found before the withdrawal: leaving a newsletter erases identifiers (newsletters.md).
      subject =
          subject != null
              ? subject
              : registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow().value();
    }
    JsonNode events = api.history(subject).get("events");
    assertThat(events.get(0).get("addressHmac").asString())
        .isEqualTo(events.get(1).get("addressHmac").asString());
    assertThat(events.get(1).get("status").asString()).isEqualTo("withdrawn");
  }

  @Test
  void theStateFollowsTheLastEventInTheSameTransaction() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    // Refused before the newsletter is left: leaving erases the identifiers (newsletters.md).
    JsonNode refused = api.record(email, "sensitive-case-information", "refuse");
    api.record(email, "newsletter", "withdraw");

    Map<String, Object> newsletter = state(subject, "newsletter");
    assertThat(newsletter.get("status")).isEqualTo("WITHDRAWN");
    assertThat(newsletter.get("given_at")).isNull();
    Map<String, Object> sensitive = state(subject, "sensitive-case-information");
    assertThat(sensitive.get("status")).isEqualTo("REFUSED");
    assertThat(sensitive.get("event_id").toString()).isEqualTo(refused.get("event").asString());
  }

  @Test
  void everyChangeIsAuditedBySubjectIdOnly() {
    String email = ConsentApi.email();
    UUID subject =
        UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString());
    api.record(email, "newsletter", "withdraw");
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (audits(subject, 4000, 4002) < 2 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(audits(subject, 4000, 4002)).isEqualTo(2);
  }

  @Test
  void everyFieldErrorIsListedAndNothingIsStored() {
    StoredRows before = stored();
    Map<String, Object> body = ConsentApi.body("not an address", "no-such-purpose", "approve");
    body.put("language", "de");
    body.put("channel", "carrier pigeon");
    body.put("method", "telepathy");
    body.put("clientAddress", "localhost");
    body.put("textSha256", "xyz");
    body.put("noticeVersion", 99999);

    HttpResponse<String> response = api.post(body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = ConsentApi.JSON.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:validation-failed");
    List<String> fields =
        problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    assertThat(fields)
        .contains(
            "identifiers[0]",
            "purpose",
            "action",
            "language",
            "channel",
            "method",
            "clientAddress",
            "textSha256",
            "noticeVersion");
    assertThat(response.body()).doesNotContain("not an address").doesNotContain("localhost");
    assertThat(stored().addedSince(before)).as("rows stored by a refused request").isEmpty();
  }

  @Test
  void anUnknownPurposeIsAFieldErrorAndCreatesNoSubject() {
    String email = ConsentApi.email();
    HttpResponse<String> response = api.post(ConsentApi.body(email, "lottery", "give"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"purpose\"").contains("\"code\":\"unknown\"");
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, email))).isEmpty();
  }

  @Test
  void theLedgerRefusesUpdatesAndDeletesEvenToItsOwner() {
    String email = ConsentApi.email();
    UUID event = UUID.fromString(api.record(email, "newsletter", "give").get("event").asString());

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE consent_event SET status = 'WITHDRAWN' WHERE id = ?")
                    .param(event)
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM consent_event WHERE id = ?").param(event).update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM consent_receipt WHERE event_id = ?").param(event).update())
        .hasMessageContaining("append-only");
    assertThat(
            jdbc.sql("SELECT status FROM consent_event WHERE id = ?")
                .param(event)
                .query(String.class)
                .single())
        .isEqualTo("GIVEN");
  }

  @Test
  void aTokenWithoutTheRoleIsRefused() {
    String auditor = http.tokenWithRole("AUDITOR");
    HttpResponse<String> post =
        http.postJson(
            http.request("/api/v1/consents").header("Authorization", "Bearer " + auditor),
            ConsentApi.JSON.writeValueAsString(
                ConsentApi.body(ConsentApi.email(), "newsletter", "give")));
    HttpResponse<String> history =
        http.send(
            http.request("/api/v1/consents?subject=" + UUID.randomUUID())
                .header("Authorization", "Bearer " + http.tokenWithRole("MARKETING"))
                .GET());

    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(history.statusCode()).isEqualTo(403);
  }

  private Map<String, Object> state(UUID subject, String purpose) {
    return jdbc.sql("SELECT * FROM consent_state WHERE subject_id = ? AND purpose = ?")
        .params(subject, purpose)
        .query()
        .singleRow();
  }

  private long audits(UUID subject, int fromCode, int toCode) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code BETWEEN ? AND ?"
                + " AND resource_type = 'subject' AND resource_id = ?")
        .params(fromCode, toCode, subject.toString())
        .query(Long.class)
        .single();
  }

  /** The four tables a consent writes; a changed state counts as added. */
  private StoredRows stored() {
    return StoredRows.of(
        jdbc,
        "subject",
        "subject_identifier",
        "consent_event",
        "consent_state:subject_id || ':' || purpose || ':' || event_id");
  }

  static Instant at(JsonNode node) {
    return Instant.parse(node.asString());
  }
}
