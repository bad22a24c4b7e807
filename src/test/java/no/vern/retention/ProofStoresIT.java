package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import no.vern.retention.RetentionRules.Rule;
import no.vern.shared.time.Deadlines;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consent ledger, suppressions and the cookie log are swept under their own rules; in-force
 * proof stays.
 */
@VernTest
class ProofStoresIT {

  @LocalServerPort int port;
  @Autowired ProofStores proofs;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired RetentionRules rules;
  @Autowired Sweeper sweeper;
  Http http;

  /** The example inventory's rules: 3 years after a consent ended, 5 after an unsubscribe. */
  Rule ledger;

  Rule suppression;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    ledger = rules.active().of(ProofStores.LEDGER).orElseThrow();
    suppression = rules.active().of(ProofStores.SUPPRESSION).orElseThrow();
    assertThat(ledger.period()).isEqualTo(Period.ofYears(3));
    assertThat(suppression.period()).isEqualTo(Period.ofYears(5));
  }

  @Test
  void anEndedConsentsLedgerGoesOnItsDueDayAndOneInForceStays() {
    String person = email();
    UUID ended = consent(person, "give");
    consent(person, "withdraw");
    UUID inForce = consent(email(), "give");
    LocalDate today = LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY);
    LocalDate due = today.plusYears(3);
    assertThat(proofs.forecast(ledger, today, due).stream().mapToLong(w -> w.processed()).sum())
        .isPositive();

    proofs.purge(ledger, due.minusDays(1), 10_000);
    assertThat(events(ended)).isEqualTo(2);
    while (proofs.purge(ledger, due, 10_000) > 0) {
      // until every ended consent due by then is gone
    }
    assertThat(events(ended)).isZero();
    assertThat(count("SELECT count(*) FROM consent_state WHERE subject_id = ?", ended)).isZero();
    assertThat(events(inForce)).isEqualTo(1);
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM consent_event WHERE subject_id = ?").param(inForce).update())
        .hasMessageContaining("append-only");
  }

  @Test
  void aHoldOnTheActivityKeepsTheLedger() {
    String person = email();
    UUID ended = consent(person, "give");
    consent(person, "withdraw");
    LocalDate due = LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY).plusYears(3);
    String hold =
        http.postJson(
                http.api("/api/v1/retention/holds"),
                "{\"activity\":\"consent-ledger\",\"reason\":\"Complaint to the authority\","
                    + "\"reviewAt\":\"2099-01-01\"}")
            .body()
            .replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    assertThat(proofs.purge(ledger, due, 10_000)).isZero();
    assertThat(proofs.heldCount(ledger, due)).isPositive();
    assertThat(events(ended)).isEqualTo(2);
    http.send(http.api("/api/v1/retention/holds/" + hold + "?reason=Closed").DELETE());
    while (proofs.purge(ledger, due, 10_000) > 0) {
      // released
    }
    assertThat(events(ended)).isZero();
  }

  @Test
  void aSuppressionGoesFiveYearsAfterTheUnsubscribeAndNotADayBefore() {
    byte[] hmac = new byte[32];
    new SecureRandom().nextBytes(hmac);
    jdbc.sql(
            "INSERT INTO newsletter_suppression (list, address_hmac, key_id, suppressed_at)"
                + " VALUES ('retention-test', ?, 1, ?)")
        .params(hmac, Timestamp.from(Instant.parse("2020-02-29T12:00:00Z")))
        .update();
    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2025, 2, 27)));
    assertThat(suppressed(hmac)).isEqualTo(1);
    var evidence =
        PurgeCertificate.evidence(
            sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2025, 2, 28))));
    assertThat(suppressed(hmac)).isZero();
    assertThat(evidence.counts())
        .filteredOn(n -> n.activity().equals(ProofStores.SUPPRESSION))
        .singleElement()
        .satisfies(n -> assertThat(n.processed()).isPositive());
  }

  @Test
  void aCookieChoiceGoesThreeYearsAfterItWasMadeUnlessTheLogIsHeld() {
    HttpResponse<String> posted =
        http.postJson(http.request("/public/cookies/consents"), "{\"method\":\"accept-all\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    String consentId = posted.body().replaceAll(".*\"consentId\":\"([0-9a-f-]{36})\".*", "$1");
    String receipt = "/public/cookies/consents/" + consentId + "/receipt";
    Rule cookieLog = rules.active().of(ProofStores.COOKIE_LOG).orElseThrow();
    assertThat(cookieLog.period()).isEqualTo(Period.ofYears(3));
    LocalDate due = LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY).plusYears(3);
    assertThat(proofs.forecast(cookieLog, due, due).stream().mapToLong(w -> w.processed()).sum())
        .as("the forecast for the due day counts the choice")
        .isPositive();

    sweeper.run("system:test", RetentionFixtures.at(due.minusDays(1)));
    assertThat(choices(consentId)).isEqualTo(1);

    String hold =
        http.postJson(
                http.api("/api/v1/retention/holds"),
                "{\"activity\":\"cookie-consent-log\",\"reason\":\"Complaint about the banner\","
                    + "\"reviewAt\":\"2099-01-01\"}")
            .body()
            .replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    var held = PurgeCertificate.evidence(sweeper.run("system:test", RetentionFixtures.at(due)));
    assertThat(choices(consentId)).isEqualTo(1);
    assertThat(held.counts())
        .filteredOn(n -> n.activity().equals(ProofStores.COOKIE_LOG))
        .singleElement()
        .satisfies(n -> assertThat(n.held()).isPositive());

    http.send(http.api("/api/v1/retention/holds/" + hold + "?reason=Closed").DELETE());
    var swept = PurgeCertificate.evidence(sweeper.run("system:test", RetentionFixtures.at(due)));
    assertThat(choices(consentId)).isZero();
    assertThat(http.get(receipt).statusCode()).isEqualTo(404);
    assertThat(swept.counts())
        .filteredOn(n -> n.activity().equals(ProofStores.COOKIE_LOG))
        .singleElement()
        .satisfies(n -> assertThat(n.processed()).isPositive());
  }

  private long choices(String consentId) {
    return jdbc.sql("SELECT count(*) FROM cookie_consent WHERE consent_id = ?::uuid")
        .param(consentId)
        .query(Long.class)
        .single();
  }

  private UUID consent(String email, String action) {
    HttpResponse<String> r =
        http.postJson(
            http.api("/api/v1/consents"),
            "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
                + email
                + "\"}],\"purpose\":\"statistics-cookies\",\"action\":\""
                + action
                + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return UUID.fromString(r.body().replaceAll(".*\"subject\":\"([0-9a-f-]{36})\".*", "$1"));
  }

  private static String email() {
    return "proof." + UUID.randomUUID() + "@example.invalid";
  }

  private long events(UUID subject) {
    return count("SELECT count(*) FROM consent_event WHERE subject_id = ?", subject);
  }

  private long suppressed(byte[] hmac) {
    return jdbc.sql("SELECT count(*) FROM newsletter_suppression WHERE address_hmac = ?")
        .param(hmac)
        .query(Long.class)
        .single();
  }

  private long count(String sql, UUID subject) {
    return jdbc.sql(sql).param(subject).query(Long.class).single();
  }
}
