package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import no.vern.retention.PurgeCertificate.Certificate;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.problem.ApiProblem;
import no.vern.subject.Identifier;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The sweep's guarantees: waiting, holds, take-over after a kill, traces, forecast, evidence. */
@VernTest
class RetentionSweepIT {

  static final LocalDate CLOSED = LocalDate.of(2023, 3, 15);
  static final LocalDate DUE = LocalDate.of(2026, 3, 15);

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Sweeper sweeper;
  @Autowired Forecasts forecasts;
  @Autowired RetentionRules rules;
  @Autowired SweepRuns runs;
  @Autowired JdbcClient jdbc;
  @Autowired SweepSettlement settlement;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;
  RetentionFixtures fixtures;
  Http http;

  @BeforeEach
  void setUp() {
    fixtures = new RetentionFixtures(registry, records);
    http = new Http(port);
  }

  Person closedCase() {
    return fixtures.person("debt-collection", CLOSED.minusYears(1), null, null, CLOSED);
  }

  @Test
  void aRecordWhoseTriggerNeverCameWaitsAndIsListedWithHowLongItWaited() {
    Person p = fixtures.collected("debt-collection", LocalDate.of(2020, 1, 10));
    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2035, 1, 1)));
    assertThat(exists(p)).isTrue();
    var waiting =
        forecasts.waiting().stream().filter(w -> w.activity().equals("debt-collection")).toList();
    assertThat(waiting).singleElement().satisfies(w -> assertThat(w.records()).isPositive());
    HttpResponse<String> api = http.send(http.api("/api/v1/retention/waiting").GET());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body())
        .contains("\"activity\":\"debt-collection\"", "\"trigger\":\"case-closed\"");
  }

  @Test
  void aReportedCaseClosingDatesTheRecordAndABadBatchStoresNothing() {
    Person p = fixtures.collected("debt-collection", LocalDate.of(2022, 1, 10));
    Person q = fixtures.collected("debt-collection", LocalDate.of(2022, 1, 10));
    HttpResponse<String> bad =
        http.postJson(
            http.api("/api/v1/retention/events"),
            "{\"events\":[{\"record\":\""
                + q.record()
                + "\",\"event\":\"case-closed\","
                + "\"date\":\"2023-01-05\"},{\"record\":\""
                + UUID.randomUUID()
                + "\",\"event\":\"case-closed\",\"date\":\"2023-01-05\"}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("events[1].record", "unknown");
    HttpResponse<String> future =
        http.postJson(
            http.api("/api/v1/records/" + p.record() + "/events"),
            "{\"event\":\"case-closed\",\"date\":\"2999-01-01\"}");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("\"code\":\"future\"");
    HttpResponse<String> ok =
        http.postJson(
            http.api("/api/v1/records/" + p.record() + "/events"),
            "{\"event\":\"case-closed\",\"date\":\"2023-01-05\",\"caseReference\":\"K-"
                + UUID.randomUUID()
                + "\"}");
    assertThat(ok.statusCode()).isEqualTo(204);

    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2026, 1, 4)));
    assertThat(exists(p)).isTrue();
    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2026, 1, 5)));
    assertThat(exists(p)).isFalse();
    assertThat(exists(q)).as("the refused batch stored nothing").isTrue();
  }

  @Test
  void aSubjectEventCountsForEveryRecordOfTheSubject() {
    Person p = fixtures.collected("anti-money-laundering", LocalDate.of(2019, 1, 10));
    HttpResponse<String> ok =
        http.postJson(
            http.api("/api/v1/subjects/" + p.subject() + "/events"),
            "{\"event\":\"aml-relationship-ended\",\"date\":\"2020-02-29\"}");
    assertThat(ok.statusCode()).isEqualTo(204);
    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2025, 2, 27)));
    assertThat(exists(p)).isTrue();
    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2025, 2, 28)));
    assertThat(exists(p)).isFalse();
  }

  @Test
  void aHoldStopsTheSweepAndAnErasureAndLiftingItLetsTheNextSweepTakeTheRecord() {
    Person p = closedCase();
    HttpResponse<String> placed =
        http.postJson(
            http.api("/api/v1/retention/holds"),
            "{\"subject\":\""
                + p.subject()
                + "\",\"reason\":\"Claim disputed in court\","
                + "\"reviewAt\":\""
                + LocalDate.of(2099, 1, 1)
                + "\"}");
    assertThat(placed.statusCode()).isEqualTo(201);
    String hold = placed.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

    Certificate c = sweeper.run("system:test", RetentionFixtures.at(DUE));
    assertThat(exists(p)).isTrue();
    assertThat(PurgeCertificate.evidence(c).counts())
        .anySatisfy(n -> assertThat(n.activity()).isEqualTo("debt-collection"))
        .filteredOn(n -> n.activity().equals("debt-collection"))
        .allSatisfy(n -> assertThat(n.held()).isPositive());
    assertThatThrownBy(
            () -> records.eraseActivity(p.subject(), List.of("debt-collection"), "system:test"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining(hold);
    assertThat(auditCount(5022, p.subject().value().toString())).isEqualTo(1);

    HttpResponse<String> noReason = http.send(http.api("/api/v1/retention/holds/" + hold).DELETE());
    assertThat(noReason.statusCode()).isEqualTo(400);
    HttpResponse<String> lifted =
        http.send(http.api("/api/v1/retention/holds/" + hold + "?reason=Settled").DELETE());
    assertThat(lifted.statusCode()).isEqualTo(204);
    sweeper.run("system:test", RetentionFixtures.at(DUE));
    assertThat(exists(p)).isFalse();
  }

  @Test
  void aHoldOnACaseReferenceKeepsTheRecordsOfThatCase() {
    Person p = closedCase();
    String ref = "K-" + UUID.randomUUID();
    assertThat(
            http.postJson(
                    http.api("/api/v1/records/" + p.record() + "/events"),
                    "{\"event\":\"case-closed\",\"date\":\""
                        + CLOSED
                        + "\",\"caseReference\":\""
                        + ref
                        + "\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            http.postJson(
                    http.api("/api/v1/retention/holds"),
                    "{\"caseReference\":\""
                        + ref
                        + "\",\"reason\":\"Appeal\",\"reviewAt\":\""
                        + LocalDate.of(2099, 1, 1)
                        + "\"}")
                .statusCode())
        .isEqualTo(201);
    sweeper.run("system:test", RetentionFixtures.at(DUE.plusYears(1)));
    assertThat(exists(p)).isTrue();
  }

  @Test
  void aSweepKilledHalfWayIsTakenOverAndEveryDueRecordIsProcessedOnce() {
    Person website = fixtures.collected("website", LocalDate.of(2021, 1, 5));
    Person surveyed =
        fixtures.person("surveys", LocalDate.of(2021, 1, 5), LocalDate.of(2021, 1, 5), null, null);
    Clock at = RetentionFixtures.at(LocalDate.of(2030, 1, 7));
    var active = rules.active();
    UUID run = sweeper.begin(active, "system:test", at);
    RetentionRules.Rule first =
        active.rules().stream()
            .filter(r -> r.activity().equals("website"))
            .findFirst()
            .orElseThrow();
    sweeper.batch(run, first, runs.sweptDay(run), at, SweepBatch.Cursor.start(first));
    // The instance dies here: the batch is done, nothing else is, and the lease still runs. The
    // person's last record is gone; their identifiers wait for the run's settlement.
    assertThat(exists(website)).isFalse();
    assertThat(exists(surveyed)).isTrue();
    assertThat(identifiers(website)).isPositive();
    assertThatThrownBy(() -> sweeper.run("system:test", at)).isInstanceOf(ApiProblem.class);

    Clock later = Clock.offset(at, Duration.ofMinutes(3));
    Certificate c = sweeper.run("system:test", later);
    assertThat(PurgeCertificate.evidence(c).run()).isEqualTo(run.toString());
    assertThat(exists(surveyed)).isFalse();
    assertThat(identifiers(website)).as("settled by the run that took over").isZero();
    long anonymisedByRun =
        jdbc.sql("SELECT count(*) FROM retention_anonymised WHERE sweep_id = ?")
            .param(run)
            .query(Long.class)
            .single();
    long anonymisedCounted =
        PurgeCertificate.evidence(c).counts().stream()
            .filter(n -> n.action().equals("anonymise"))
            .mapToLong(SweepRuns.Count::processed)
            .sum();
    assertThat(anonymisedByRun).isEqualTo(anonymisedCounted).isPositive();
  }

  @Test
  void theSettlementAsksOnceAboutAPersonQueuedByManyBatches() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    for (UUID id : List.of(a, b, a, a, b)) {
      jdbc.sql("INSERT INTO retention_sweep_touched (subject_id) VALUES (?)").param(id).update();
    }
    new TransactionTemplate(transactions).executeWithoutResult(s -> settlement.compact());
    List<UUID> queued =
        jdbc.sql("SELECT subject_id FROM retention_sweep_touched ORDER BY ctid")
            .query(UUID.class)
            .list();
    // Each once, in subject order (so the probes walk the records' subject index in order;
    // PostgreSQL orders uuids as their text does, not as UUID.compareTo); nothing else is queued
    // between sweeps.
    boolean aFirst = a.toString().compareTo(b.toString()) < 0;
    assertThat(queued).containsExactly(aFirst ? a : b, aFirst ? b : a);
    jdbc.sql("DELETE FROM retention_sweep_touched WHERE subject_id IN (?, ?)")
        .params(a, b)
        .update();
  }

  @Test
  void afterASweepNoTableHoldsAnIdentifierOfAnErasedPerson() {
    Person p =
        fixtures.person(
            "enquiries", LocalDate.of(2020, 5, 5), LocalDate.of(2020, 5, 5), null, null);
    String blindIndex = hex("SELECT blind_index FROM subject_identifier WHERE subject_id = ?", p);
    String ciphertext = hex("SELECT ciphertext FROM subject_identifier WHERE subject_id = ?", p);
    String data = hex("SELECT data_ciphertext FROM personal_data_record WHERE subject_id = ?", p);

    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2024, 1, 1)));

    List<String> tables =
        jdbc.sql(
                "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM"
                    + " information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema"
                    + " = current_schema()")
            .query(String.class)
            .list();
    assertThat(tables).hasSizeGreaterThan(20);
    for (String table : tables) {
      for (String trace : List.of(p.email(), blindIndex, ciphertext, data)) {
        long found =
            jdbc.sql("SELECT count(*) FROM " + table + " t WHERE strpos(lower(t::text), ?) > 0")
                .param(trace.toLowerCase())
                .query(Long.class)
                .single();
        assertThat(found).as(table).isZero();
      }
    }
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, p.email()))).isEmpty();
  }

  @Test
  void aPersonMergedFromTwoSubjectsKeepsBothIdentifiersUntilTheLastRecordOfEitherGoes() {
    LocalDate first = LocalDate.of(2020, 5, 5);
    LocalDate second = LocalDate.of(2021, 5, 5);
    Person a = fixtures.person("enquiries", first, first, null, null);
    Person b = fixtures.person("enquiries", second, second, null, null);
    registry.merge(b.subject(), a.subject(), "system:test");

    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2023, 6, 1)));
    assertThat(exists(a)).isFalse();
    assertThat(exists(b)).isTrue();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, a.email()))).isPresent();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, b.email()))).isPresent();

    sweeper.run("system:test", RetentionFixtures.at(LocalDate.of(2024, 6, 1)));
    assertThat(exists(b)).isFalse();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, a.email()))).isEmpty();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, b.email()))).isEmpty();
  }

  @Test
  void anAnonymisedRecordCannotBeFoundByItsFormerIdentifiers() {
    Person p = closedCase();
    sweeper.run("system:test", RetentionFixtures.at(DUE));
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, p.email()))).isEmpty();
    assertThat(http.send(http.api("/api/v1/records/" + p.record()).GET()).statusCode())
        .isEqualTo(404);
    long byOldId =
        jdbc.sql(
                "SELECT count(*) FROM retention_anonymised a WHERE strpos(a::text, ?) > 0"
                    + " OR strpos(a::text, ?) > 0")
            .params(p.record().toString(), p.subject().toString())
            .query(Long.class)
            .single();
    assertThat(byOldId).isZero();
  }

  @Test
  void theForecastForTomorrowIsExactlyWhatTomorrowsSweepDoes() {
    closedCase();
    fixtures.collected("website", LocalDate.of(2025, 12, 15));
    LocalDate today = DUE.minusDays(1);
    // Whatever earlier tests left due by today is swept first, so tomorrow holds only its own.
    sweeper.run("system:test", RetentionFixtures.at(today));
    Forecasts.Forecast forecast = forecasts.forecast(1, RetentionFixtures.at(today));
    assertThat(forecast.processed()).isPositive();

    Certificate c = sweeper.run("system:test", RetentionFixtures.at(DUE));
    var counts = PurgeCertificate.evidence(c).counts();
    assertThat(counts.stream().mapToLong(SweepRuns.Count::processed).sum())
        .isEqualTo(forecast.processed());
    assertThat(counts.stream().mapToLong(SweepRuns.Count::held).sum()).isEqualTo(forecast.held());
    for (var week : forecast.weeks()) {
      assertThat(counts)
          .filteredOn(n -> n.activity().equals(week.activity()))
          .singleElement()
          .satisfies(n -> assertThat(n.processed()).isEqualTo(week.processed()));
    }
  }

  @Test
  void eachRunsEvidenceIsSignedAndNamedInTheAuditChain() {
    closedCase();
    HttpResponse<String> swept =
        http.send(http.api("/api/v1/retention/sweeps").POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(swept.statusCode()).isEqualTo(200);
    assertThat(swept.body()).contains("\"verified\":true", "\"inventoryVersion\"");
    String run = swept.body().replaceAll("(?s).*\"run\":\"([0-9a-f-]{36})\".*", "$1");
    String sha256 = swept.body().replaceAll("(?s).*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
    assertThat(auditCount(5010, run + ":" + sha256)).isEqualTo(1);
    assertThat(http.send(http.api("/api/v1/audit/verify").GET()).body()).contains("\"ok\":true");
    HttpResponse<String> denied =
        http.send(
            http.request("/api/v1/retention/sweeps")
                .header("Authorization", "Bearer " + http.tokenWithRole("DPO"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(http.send(http.api("/api/v1/retention/sweeps/" + run + "/certificate").GET()).body())
        .contains("\"verified\":true");
  }

  @Test
  void aShorterPeriodInACandidateInventoryShowsWhatWouldBeDueAtOnceBeforeActivation()
      throws Exception {
    LocalDate sixtyDaysAgo =
        LocalDate.ofInstant(clock.instant(), no.vern.shared.time.Deadlines.NORWAY).minusDays(60);
    Person p = fixtures.collected("website-analytics", sixtyDaysAgo);
    String example =
        new String(
            getClass().getResourceAsStream("/examples/debt-collection-group.yaml").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    String shorter = example.replace("period: P14M", "period: P1M");
    assertThat(shorter).isNotEqualTo(example);
    HttpResponse<String> preview =
        http.send(
            http.api("/api/v1/retention/impact")
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(shorter)));
    assertThat(preview.statusCode()).isEqualTo(200);
    var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(preview.body());
    var change =
        java.util.stream.StreamSupport.stream(json.get("changes").spliterator(), false)
            .filter(c -> c.get("activity").asString().equals("website-analytics"))
            .findFirst()
            .orElseThrow();
    assertThat(change.get("dueThen").asLong()).isGreaterThan(change.get("dueNow").asLong());
    assertThat(json.get("changes")).hasSize(1);
    assertThat(exists(p)).as("a preview changes nothing").isTrue();
  }

  @Test
  void theForecastRefusesASpanOutsideItsRange() {
    HttpResponse<String> bad = http.send(http.api("/api/v1/retention/forecast?days=400").GET());
    assertThat(bad.statusCode()).isEqualTo(400);
    HttpResponse<String> ok = http.send(http.api("/api/v1/retention/forecast?days=30").GET());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"weeks\"");
  }

  private boolean exists(Person p) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
            .param(p.record().value())
            .query(Long.class)
            .single()
        == 1;
  }

  private long identifiers(Person p) {
    return jdbc.sql("SELECT count(*) FROM subject_identifier WHERE subject_id = ?")
        .param(p.subject().value())
        .query(Long.class)
        .single();
  }

  private String hex(String sql, Person p) {
    byte[] bytes = jdbc.sql(sql).param(p.subject().value()).query(byte[].class).single();
    return HexFormat.of().formatHex(bytes);
  }

  private long auditCount(int code, String resource) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(code, resource)
        .query(Long.class)
        .single();
  }
}
