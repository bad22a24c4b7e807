package no.vern.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invariants of the batched import (docs/intake.md), over HTTP. The test profile stores three
 * rows per batch, so every file here spans several batches and both writer threads.
 */
@VernTest
class BulkImportIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void oneIdentifierSeveralTimesInAFileIsOnePersonAndEveryRowIsTraceableToItsImport() {
    String twice = email();
    String customer = "K-" + UUID.randomUUID();
    StringBuilder csv = new StringBuilder("email,customerNumber,claim\n");
    csv.append(twice).append(",,Synthetic 1\n");
    for (int i = 0; i < 7; i++) {
      csv.append(email()).append(",,Synthetic filler\n");
    }
    // Rows 9 and 10 land in later batches than row 1; row 10 adds a customer number to them.
    csv.append(twice.toUpperCase()).append(",,Synthetic 2\n");
    csv.append(twice).append(',').append(customer).append(",Synthetic 3\n");

    JsonNode report = importCsv("activity=debt-collection&source=third-party", csv.toString());

    assertThat(report.get("imported").asInt()).isEqualTo(10);
    UUID subject = find(IdentifierType.EMAIL, twice).orElseThrow().value();
    assertThat(find(IdentifierType.CUSTOMER_NUMBER, customer)).contains(new SubjectId(subject));
    UUID importId = UUID.fromString(report.get("import").asString());
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM personal_data_record WHERE subject_id = ? AND import_id = ?")
                .params(subject, importId)
                .query(Long.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql("SELECT count(*) FROM personal_data_record WHERE import_id = ?")
                .param(importId)
                .query(Long.class)
                .single())
        .isEqualTo(10);
    assertThat(
            jdbc.sql("SELECT import_id FROM subject WHERE id = ?")
                .param(subject)
                .query(UUID.class)
                .single())
        .isEqualTo(importId);
    // Art. 14: data from a client, so every row has its date.
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM personal_data_record WHERE import_id = ?"
                        + " AND inform_by IS NOT NULL")
                .param(importId)
                .query(Long.class)
                .single())
        .isEqualTo(10);
    // Two entries for the import (started, imported), none per row or per new subject.
    assertThat(auditEntries(importId.toString())).containsExactlyInAnyOrder(3041, 3011);
    assertThat(auditEntries(subject.toString())).isEmpty();
  }

  @Test
  void aRowWithAnUnstorableDateLeavesNothingAndItsBatchNeighboursAreStored() {
    String before = email();
    String refused = email();
    String after = email();
    // A date before 4713 BC: PostgreSQL would refuse it at the insert ("not-stored"); since issue
    // 10 the row is refused when it is read, in the same report, with its neighbours stored.
    String csv =
        "email,lastContactAt,note\n"
            + before
            + ",,Synthetic\n"
            + refused
            + ",-5000-01-01T00:00:00Z,Synthetic\n"
            + after
            + ",,Synthetic\n";

    JsonNode report = importCsv("activity=enquiries&source=contact-form", csv);

    assertThat(report.get("imported").asInt()).isEqualTo(2);
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    JsonNode row = report.get("rows").get(0);
    assertThat(row.get("row").asInt()).isEqualTo(2);
    assertThat(row.get("errors").get(0).get("field").asString()).isEqualTo("lastContactAt");
    assertThat(row.get("errors").get(0).get("code").asString()).isEqualTo("range");
    assertThat(find(IdentifierType.EMAIL, before)).isPresent();
    assertThat(find(IdentifierType.EMAIL, after)).isPresent();
    assertThat(find(IdentifierType.EMAIL, refused)).isEmpty();
  }

  @Test
  void anImportAndTheRecordsApiStoringTheSamePeopleAtOnceAgreeOnOneSubjectEach() {
    List<String> people = new ArrayList<>();
    StringBuilder csv = new StringBuilder("email,note\n");
    for (int i = 0; i < 30; i++) {
      String email = email();
      people.add(email);
      csv.append(email).append(",Synthetic\n");
    }
    CompletableFuture<JsonNode> imported =
        CompletableFuture.supplyAsync(
            () -> importCsv("activity=enquiries&source=contact-form", csv.toString()));
    List<String> reversed = new ArrayList<>(people);
    java.util.Collections.reverse(reversed);
    List<String> subjectsFromApi = new ArrayList<>();
    for (String email : reversed) {
      HttpResponse<String> created =
          http.postJson(
              http.api("/api/v1/records"),
              JSON.writeValueAsString(
                  Map.of(
                      "activity",
                      "enquiries",
                      "identifiers",
                      Map.of("email", email),
                      "data",
                      Map.of("note", "Synthetic"),
                      "source",
                      "contact-form")));
      assertThat(created.statusCode()).isEqualTo(201);
      subjectsFromApi.add(JSON.readTree(created.body()).get("subject").asString());
    }

    assertThat(imported.join().get("imported").asInt()).isEqualTo(30);
    for (int i = 0; i < reversed.size(); i++) {
      UUID subject = find(IdentifierType.EMAIL, reversed.get(i)).orElseThrow().value();
      assertThat(subjectsFromApi.get(i)).isEqualTo(subject.toString());
      assertThat(
              jdbc.sql("SELECT count(*) FROM personal_data_record WHERE subject_id = ?")
                  .param(subject)
                  .query(Long.class)
                  .single())
          .as("records of one person, from the import and from the API")
          .isEqualTo(2);
    }
  }

  private JsonNode importCsv(String query, String csv) {
    HttpResponse<String> response =
        http.send(
            http.api("/api/v1/imports?" + query)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private java.util.Optional<SubjectId> find(IdentifierType type, String value) {
    return registry.find(new Identifier(type, value));
  }

  private List<Integer> auditEntries(String resourceId) {
    return jdbc.sql("SELECT action_code FROM audit_entry WHERE resource_id = ?")
        .param(resourceId)
        .query(Integer.class)
        .list();
  }

  private static String email() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }
}
