package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.vern.inventory.FormField;
import no.vern.inventory.FormOption;
import no.vern.inventory.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one submitted value is read as its field's type, without Spring. */
class FieldValuesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  private static final Text LABEL = new Text("Felt", "Field");

  private static FormField field(String name, FormField.Type type, boolean required) {
    return new FormField(name, type, required, null, LABEL, List.of());
  }

  private static List<String> problems(FormField field, Object raw) {
    List<FieldProblem> problems = new ArrayList<>();
    FieldValues.read(field, raw, TODAY, problems);
    return problems.stream().map(p -> p.field() + " " + p.code()).toList();
  }

  @ParameterizedTest
  @CsvSource({"on,true", "true,true", "yes,true", "1,true", "false,false", "off,false", "'',false"})
  void aCheckboxReadsWhatBrowsersAndScriptsSend(String raw, boolean checked) {
    FormField box = field("ok", FormField.Type.CHECKBOX, false);
    assertThat(FieldValues.read(box, raw, TODAY, new ArrayList<>())).isEqualTo(checked);
  }

  @Test
  void aRequiredCheckboxMustBeTicked() {
    FormField box = field("terms", FormField.Type.CHECKBOX, true);
    assertThat(problems(box, null)).containsExactly("fields.terms required");
    assertThat(problems(box, "maybe")).containsExactly("fields.terms format");
    assertThat(problems(box, Boolean.TRUE)).isEmpty();
  }

  @Test
  void anEmptyValueIsAnAbsentOne() {
    assertThat(problems(field("name", FormField.Type.TEXT, true), "   "))
        .containsExactly("fields.name required");
    assertThat(problems(field("name", FormField.Type.TEXT, false), "")).isEmpty();
  }

  @Test
  void lengthsCountCharactersNotBytesOrUtf16Units() {
    FormField name = new FormField("name", FormField.Type.TEXT, false, 3, LABEL, List.of());
    assertThat(problems(name, "\u00e6\u00f8\u00e5")).isEmpty();
    assertThat(problems(name, "\ud83d\ude00\ud83d\ude00\ud83d\ude00")).isEmpty();
    assertThat(problems(name, "abcd")).containsExactly("fields.name length");
  }

  @Test
  void identifiersFollowTheSharedRules() {
    assertThat(problems(field("email", FormField.Type.EMAIL, true), "a@b"))
        .containsExactly("fields.email format");
    assertThat(problems(field("phone", FormField.Type.PHONE, false), "1234"))
        .containsExactly("fields.phone length");
    assertThat(
            FieldValues.read(
                field("phone", FormField.Type.PHONE, false),
                "+47 22 00 00 00",
                TODAY,
                new ArrayList<>()))
        .isEqualTo("+47 22 00 00 00");
  }

  @Test
  void numbersTakeADecimalCommaAndDatesAreIso() {
    FormField count = field("count", FormField.Type.NUMBER, false);
    assertThat(FieldValues.read(count, "12,5", TODAY, new ArrayList<>()))
        .isEqualTo(new BigDecimal("12.5"));
    assertThat(FieldValues.read(count, 3, TODAY, new ArrayList<>())).isEqualTo(new BigDecimal("3"));
    assertThat(problems(count, "1e9")).containsExactly("fields.count format");
    FormField day = field("day", FormField.Type.DATE, false);
    assertThat(FieldValues.read(day, "2030-01-02", TODAY, new ArrayList<>()))
        .isEqualTo("2030-01-02");
    assertThat(problems(day, "2026-02-29")).containsExactly("fields.day format");
  }

  @Test
  void aBirthDateIsNeitherInTheFutureNorBeyondAHumanLife() {
    FormField born = field("birthDate", FormField.Type.DATE, true);
    assertThat(problems(born, "2026-03-02")).containsExactly("fields.birthDate birth-date");
    assertThat(problems(born, "1890-01-01")).containsExactly("fields.birthDate birth-date");
    assertThat(problems(born, "2026-03-01")).isEmpty();
  }

  @Test
  void aChoiceIsOneOfItsOptions() {
    FormField topic =
        new FormField(
            "topic", FormField.Type.CHOICE, true, null, LABEL, List.of(new FormOption("a", LABEL)));
    assertThat(problems(topic, "a")).isEmpty();
    assertThat(problems(topic, "b")).containsExactly("fields.topic choice");
  }

  @Test
  void aSubmissionReadsTheSameFromJsonAndFromAFormPost() {
    FormSubmission json =
        FormSubmission.fromJson(
            Map.of("lang", "en", "website", "", "fields", Map.of("email", "x"), "extra", 1));
    assertThat(json.fields()).containsOnlyKeys("email");
    assertThat(json.lang()).isEqualTo("en");
    assertThat(json.honeypotFilled()).isFalse();
    assertThat(json.problems()).extracting(FieldProblem::field).containsExactly("extra");

    FormSubmission posted =
        FormSubmission.fromParameters(
            Map.of(
                "email", new String[] {"x"},
                "lang", new String[] {"en"},
                "website", new String[] {"http://spam.example.invalid"},
                "topic", new String[] {"a", "b"}),
            List.of("attachment"));
    assertThat(posted.fields()).containsOnlyKeys("email");
    assertThat(posted.honeypotFilled()).isTrue();
    assertThat(posted.problems())
        .extracting(p -> p.field() + " " + p.code())
        .containsExactlyInAnyOrder("fields.topic single", "fields.attachment file");
    assertThat(posted.toString()).doesNotContain("spam").doesNotContain("email");
  }
}
