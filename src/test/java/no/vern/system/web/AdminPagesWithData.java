package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.intake.records.RecordCommand;
import no.vern.intake.records.RetryingIntake;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin pages that show one thing (a person, a request, a breach), with something on them: a
 * person with a record waiting for its Art. 14 notice, a consent with history and a legal hold, an
 * overdue request from them, a breach. For the tests that visit every admin page (axe-core, 390
 * px).
 */
final class AdminPagesWithData {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AdminPagesWithData() {}

  /** Stores the data and returns the pages that show it. */
  static List<String> create(int port, RetryingIntake intake, Clock clock) {
    Http http = new Http(port);
    String email = "pages." + Long.toString(System.nanoTime(), 36) + "@example.invalid";
    for (String action : List.of("give", "withdraw")) {
      api(
          http,
          "/api/v1/consents",
          "{\"identifiers\":[{\"type\":\"email\",\"value\":\"%s\"}],\"purpose\":\"statistics-cookies\",\"action\":\"%s\"}"
              .formatted(email, action));
    }
    UUID subject = record(intake, clock, email);
    api(
        http,
        "/api/v1/retention/holds",
        "{\"subject\":\"%s\",\"reason\":\"Synthetic dispute\",\"reviewAt\":\"%s\"}"
            .formatted(subject, LocalDate.now(clock).plusMonths(6)));
    String request =
        api(
                http,
                "/api/v1/requests",
                "{\"rights\":[\"access\",\"erasure\"],\"identifiers\":{\"email\":\"%s\"},\"receivedAt\":\"2025-01-31\",\"channel\":\"phone\",\"language\":\"en\"}"
                    .formatted(email))
            .get("id")
            .asString();
    String breach =
        api(
                http,
                "/api/v1/breaches",
                "{\"awareAt\":\"2026-03-27T23:59:00+01:00\",\"summary\":\"Synthetic laptop stolen\","
                    + "\"type\":\"confidentiality\"}")
            .get("id")
            .asString();
    return List.of(
        "/admin/subjects/" + subject,
        "/admin/subjects/" + subject + "/reads",
        "/admin/consent?subject=" + subject,
        "/admin/disclosures?subject=" + subject,
        "/admin/retention/holds?subject=" + subject,
        "/admin/intake/informing?due=overdue",
        "/admin/requests?due=overdue",
        "/admin/requests/" + request,
        "/admin/requests/" + request + "/changes",
        "/admin/breaches/" + breach,
        "/admin/breaches/" + breach + "/document");
  }

  private static JsonNode api(Http http, String path, String body) {
    HttpResponse<String> answer = http.postJson(http.api(path), body);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
    return JSON.readTree(answer.body());
  }

  /** A debt collection record about the person, whose Art. 14 notice is two days late. */
  private static UUID record(RetryingIntake intake, Clock clock, String email) {
    return intake
        .store(
            new RecordCommand(
                List.of(new Identifier(IdentifierType.EMAIL, email)),
                new NewRecord(
                    "group",
                    "debt-collection",
                    "third-party",
                    Instant.now(clock),
                    Map.of("claim", "Synthetic"),
                    LocalDate.now(clock).minusDays(2),
                    null,
                    null,
                    null)),
            "system:test")
        .subject()
        .value();
  }
}
