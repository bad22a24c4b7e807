package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import no.vern.inventory.InventoryDocuments;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.time.Deadlines;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A consent form with an age limit (Art. 8, personopplysningsloven § 5): a child under 13 on
 * today's date is refused with a clear answer and nothing stored; on the thirteenth birthday the
 * form is taken. The form is added to the example for this test and the example put back after.
 */
@VernTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormChildrenIT {

  static final String EXAMPLE = example();

  static final String YOUTH_FORM =
      """

        - id: youth-newsletter
          kind: newsletter
          activity: newsletter
          title: { nb: Nyhetsbrev for unge, en: Newsletter for young people }
          minimumAge: 13
          fields:
            - name: email
              type: email
              required: true
              label: { nb: E-postadresse, en: E-mail address }
            - name: birthDate
              type: date
              required: true
              label: { nb: F\u00f8dselsdato, en: Date of birth }
      """;

  @LocalServerPort int port;
  @Autowired ProcessingInventory inventory;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired Clock clock;
  FormClient forms;
  FormRecordRows rows;

  @BeforeAll
  void addTheForm() {
    var activation =
        inventory.replace(withYouthForm(), InventoryDocuments.Format.YAML, "system:test");
    assertThat(activation.problems()).isEmpty();
  }

  /** The example with the form added at the end of its forms, which are not its last section. */
  static String withYouthForm() {
    int systems = EXAMPLE.indexOf("\nsystems:");
    return systems < 0
        ? EXAMPLE + YOUTH_FORM
        : EXAMPLE.substring(0, systems) + YOUTH_FORM + EXAMPLE.substring(systems);
  }

  @AfterAll
  void restoreTheExample() {
    inventory.replace(EXAMPLE, InventoryDocuments.Format.YAML, "system:test");
  }

  @BeforeEach
  void clients() {
    forms = new FormClient(new Http(port));
    rows = new FormRecordRows(jdbc, registry);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Deadlines.NORWAY));
  }

  private HttpResponse<String> signUp(String email, String birthDate, String lang) {
    return forms.json(
        "youth-newsletter",
        Map.of("lang", lang, "fields", Map.of("email", email, "birthDate", birthDate)));
  }

  @Test
  void aChildWhoTurnsThirteenTomorrowIsRefusedAndNothingIsStored() {
    StoredRows before = rows.stored();
    String email = FormClient.email();

    HttpResponse<String> response =
        signUp(email, today().minusYears(13).plusDays(1).toString(), "nb");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = FormClient.JSON.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:below-minimum-age");
    assertThat(problem.get("detail").asString())
        .isEqualTo("Du m\u00e5 v\u00e6re minst 13 \u00e5r for \u00e5 sende dette skjemaet.");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("fields.birthDate");
    assertThat(rows.stored().addedSince(before)).isEmpty();

    HttpResponse<String> english = signUp(email, today().minusYears(9).toString(), "en");
    assertThat(FormClient.JSON.readTree(english.body()).get("detail").asString())
        .isEqualTo("You must be at least 13 years old to send this form.");
  }

  @Test
  void onTheThirteenthBirthdayTheSignUpIsTaken() {
    String email = FormClient.email();

    HttpResponse<String> response = signUp(email, today().minusYears(13).toString(), "nb");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(rows.single(email, "youth-newsletter")).containsEntry("activity", "newsletter");
  }

  @Test
  void aFutureOrImpossibleBirthDateIsAFieldError() {
    StoredRows before = rows.stored();
    for (String date : new String[] {today().plusDays(1).toString(), "2011-02-30", "17.05.2011"}) {
      HttpResponse<String> response = signUp(FormClient.email(), date, "en");

      assertThat(response.statusCode()).as(date).isEqualTo(400);
      JsonNode problem = FormClient.JSON.readTree(response.body());
      assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:validation-failed");
      assertThat(problem.get("errors").get(0).get("field").asString())
          .isEqualTo("fields.birthDate");
    }
    assertThat(rows.stored().addedSince(before)).isEmpty();
  }

  private static String example() {
    try (InputStream in =
        FormChildrenIT.class.getResourceAsStream("/examples/debt-collection-group.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
