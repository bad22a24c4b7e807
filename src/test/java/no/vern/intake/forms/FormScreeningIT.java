package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.subject.StoredRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The four screening actions as the example's forms use them: the contact form refuses (the
 * default), the download form accepts, the seminar form redacts and the survey flags for review.
 * The record keeps the categories found, never the words.
 */
@VernTest
class FormScreeningIT {

  private static final String ILL = "Jeg var syk og kunne ikke betale i fjor.";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired ApplicationContext context;
  FormClient forms;
  FormRecordRows rows;

  @BeforeEach
  void clients() {
    forms = new FormClient(new Http(port));
    rows = new FormRecordRows(jdbc, registry);
  }

  @Test
  void refuseStoresNothingAndAsksKindlyInTheRequestLanguage() {
    StoredRows before = rows.stored();
    String email = FormClient.email();
    HttpResponse<String> response =
        forms.json(
            "contact",
            Map.of(
                "fields",
                Map.of("name", "Synthetic", "email", email, "topic", "case", "message", ILL)));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = FormClient.JSON.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:sensitive-data-refused");
    assertThat(problem.get("detail").asString())
        .startsWith("Vi ber deg om ikke \u00e5 sende oss helseopplysninger");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactly("fields.message");
    assertThat(response.body()).doesNotContain("syk og");
    assertThat(rows.stored().addedSince(before)).isEmpty();

    HttpResponse<String> english =
        forms.json(
            "contact",
            Map.of(
                "lang",
                "en",
                "fields",
                Map.of("name", "Synthetic", "email", email, "topic", "case", "message", ILL)));
    assertThat(FormClient.JSON.readTree(english.body()).get("detail").asString())
        .startsWith("Please do not send us health information");
  }

  @Test
  void acceptStoresTheTextAsWrittenWithWhatWasFound() {
    String email = FormClient.email();
    String company = "Synthetic AS, org " + IdentifierFixtures.randomNationalId();
    HttpResponse<String> response =
        forms.json("report-download", Map.of("fields", Map.of("email", email, "company", company)));

    assertThat(response.statusCode()).isEqualTo(202);
    Map<String, Object> row = rows.single(email, "report-download");
    assertThat(row).containsEntry("categories", "NATIONAL_ID").containsEntry("review_state", null);
    assertThat(StoredRecords.data(context, rows.id(row))).containsEntry("company", company);
  }

  @Test
  void redactStoresTheTextWithTheFindingCutOut() {
    String email = FormClient.email();
    HttpResponse<String> response =
        forms.json(
            "seminar",
            Map.of(
                "fields",
                Map.of(
                    "name", "Synthetic Person",
                    "email", email,
                    "attendance", "in-person",
                    "comments",
                        "Jeg har diabetes, s\u00e5 jeg trenger et m\u00e5ltid uten sukker.")));

    assertThat(response.statusCode()).isEqualTo(202);
    Map<String, Object> row = rows.single(email, "seminar");
    assertThat(row).containsEntry("categories", "HEALTH").containsEntry("review_state", null);
    String stored = (String) StoredRecords.data(context, rows.id(row)).get("comments");
    assertThat(stored).contains("[\u2026]").doesNotContain("diabetes").startsWith("Jeg har ");
  }

  @Test
  void flagStoresTheTextAndPutsItBeforeAReviewer() {
    String email = FormClient.email();
    HttpResponse<String> response =
        forms.json(
            "customer-survey",
            Map.of(
                "fields",
                Map.of(
                    "email",
                    email,
                    "rating",
                    "2",
                    "comments",
                    "I was ill and could not pay, and nobody listened.")));

    assertThat(response.statusCode()).isEqualTo(202);
    Map<String, Object> row = rows.single(email, "customer-survey");
    assertThat(row)
        .containsEntry("categories", "HEALTH")
        .containsEntry("review_state", "AWAITING_REVIEW");
    assertThat(StoredRecords.data(context, rows.id(row)))
        .containsEntry("comments", "I was ill and could not pay, and nobody listened.");
  }

  @Test
  void cleanTextIsStoredWithoutMarks() {
    String email = FormClient.email();
    forms.json(
        "customer-survey",
        Map.of(
            "fields",
            Map.of("email", email, "rating", "5", "comments", "The payment plan was clear.")));

    assertThat(rows.single(email, "customer-survey"))
        .containsEntry("categories", "")
        .containsEntry("review_state", null);
  }
}
