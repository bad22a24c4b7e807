package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.problem.FieldError;
import org.junit.jupiter.api.Test;

class IdentifierInputTests {

  @Test
  void anUnknownTypeHasOneCodeInEveryShapeTheApiTakes() {
    List<FieldError> errors = new ArrayList<>();

    IdentifierInput.of("fax", "22 00 00 00", "identifiers[0]", errors);
    IdentifierInput.typed("fax:22 00 00 00", "identifier", errors);
    IdentifierInput.byType(Map.of("fax", "22 00 00 00"), "identifiers", errors);
    IdentifierInput.of("fax", "22 00 00 00", "type", "value", errors);

    assertThat(errors)
        .extracting(e -> e.field() + " " + e.code())
        .containsExactly(
            "identifiers[0] unknown-type",
            "identifier unknown-type",
            "identifiers.fax unknown-type",
            "type unknown-type");
  }

  @Test
  void anInvalidValueGivesTheIdentifiersOwnReasonsWithoutTheValue() {
    List<FieldError> errors = new ArrayList<>();

    var parsed = IdentifierInput.typed("phone:42 00 00 00", "identifier", errors);

    assertThat(parsed).isEmpty();
    assertThat(errors).extracting(FieldError::code).containsExactly("number-range");
    assertThat(errors.get(0).message()).doesNotContain("42", "00 00");
  }

  @Test
  void aValidIdentifierKeepsTheValueAsGiven() {
    List<FieldError> errors = new ArrayList<>();

    var parsed = IdentifierInput.typed("email:Kari@Example.INVALID", "identifier", errors);

    assertThat(errors).isEmpty();
    assertThat(parsed).contains(new Identifier(IdentifierType.EMAIL, "Kari@Example.INVALID"));
  }

  @Test
  void byTypeSkipsNullValuesAndNeedsAtLeastOneIdentifier() {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> onlyNull = new HashMap<>();
    onlyNull.put("phone", null);

    assertThat(IdentifierInput.byType(onlyNull, "identifiers", errors)).isEmpty();
    assertThat(IdentifierInput.byType(null, "identifiers", errors)).isEmpty();

    assertThat(errors)
        .extracting(e -> e.field() + " " + e.code())
        .containsExactly("identifiers required", "identifiers required");
  }

  @Test
  void aTypeAndValueGivenApartReportEachMissingField() {
    List<FieldError> errors = new ArrayList<>();

    IdentifierInput.of(null, " ", "type", "value", errors);
    IdentifierInput.of(null, " ", "identifiers[0]", errors);

    assertThat(errors)
        .extracting(e -> e.field() + " " + e.code())
        .containsExactly("type required", "value required", "identifiers[0] required");
  }

  @Test
  void aTypedIdentifierNeedsItsColon() {
    List<FieldError> errors = new ArrayList<>();

    IdentifierInput.typed("22000000", "identifier", errors);
    IdentifierInput.typed("", "identifier", errors);

    assertThat(errors).extracting(FieldError::code).containsExactly("format", "required");
  }
}
