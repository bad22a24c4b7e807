package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class StorableValuesTests {

  record Body(String name, Instant at, LocalDate day, List<String> tags) {}

  private final JsonMapper json = JsonMapper.builder().addModule(new StorableValues()).build();

  @Test
  void takesOrdinaryValues() {
    Body body =
        json.readValue(
            "{\"name\":\"Kari\",\"at\":\"2025-01-15T10:00:00Z\",\"day\":\"1900-01-01\","
                + "\"tags\":[\"a\"]}",
            Body.class);
    assertThat(body.name()).isEqualTo("Kari");
    assertThat(body.day()).isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  void refusesANulInTextWithTheFieldsPath() {
    assertRefused("{\"name\":\"a\\u0000b\"}", "name", "control-character");
    assertRefused("{\"tags\":[\"ok\",\"a\\u0000\"]}", "tags[1]", "control-character");
  }

  @Test
  void refusesDatesOutsideTheYears1900To9999() {
    assertRefused("{\"at\":\"-4714-11-23T00:00:00Z\"}", "at", "range");
    assertRefused("{\"at\":\"+999999999-12-31T23:59:59Z\"}", "at", "range");
    assertRefused("{\"day\":\"1899-12-31\"}", "day", "range");
  }

  @Test
  void refusesANulInUntypedValuesAndKeys() {
    var type = new TypeReference<Map<String, Object>>() {};
    assertThat(
            catchThrowableOfType(
                StorableValues.Refused.class,
                () -> json.readValue("{\"a\":{\"b\":\"x\\u0000\"}}", type)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                StorableValues.Refused.class, () -> json.readValue("{\"a\\u0000\":1}", type)))
        .isNotNull();
  }

  private void assertRefused(String body, String path, String code) {
    var refused =
        catchThrowableOfType(StorableValues.Refused.class, () -> json.readValue(body, Body.class));
    assertThat(refused).as(body).isNotNull();
    assertThat(JsonPaths.of(refused)).isEqualTo(path);
    assertThat(refused.code).isEqualTo(code);
  }
}
