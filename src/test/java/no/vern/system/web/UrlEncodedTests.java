package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlEncodedTests {

  @Test
  void readsWhatTomcatReads() throws Exception {
    var parameters = parse("a=1&b=x+y&a=%C3%A6&&c&d=");
    assertThat(parameters)
        .containsExactly(
            Map.entry("a", List.of("1", "æ")),
            Map.entry("b", List.of("x y")),
            Map.entry("c", List.of("")),
            Map.entry("d", List.of("")));
  }

  @ParameterizedTest
  @CsvSource({
    "email=someone%40example.no%FF, email, encoding",
    "name=Kari%ED%A0%80, name, encoding",
    "from=%FF, from, encoding",
    "x=%G1, x, encoding",
    "x=abc%, x, encoding",
    "na%01me=x, na%01me, control-character",
    "na%FFme=x, na%FFme, encoding",
    "email=a%00b, email, control-character",
    "=secret, '', name",
  })
  void refusesWhatCannotBeReadNamingTheParameter(String input, String field, String code) {
    var refused = catchThrowableOfType(UrlEncoded.Refused.class, () -> parse(input));
    assertThat(refused.field).isEqualTo(field);
    assertThat(refused.code).isEqualTo(code);
    assertThat(refused.getMessage()).doesNotContain("someone").doesNotContain("Kari");
  }

  @Test
  void refusesMoreParametersThanTomcatTakes() {
    String many = "a=1&".repeat(UrlEncoded.MAX_PARAMETERS + 1);
    var refused = catchThrowableOfType(UrlEncoded.Refused.class, () -> parse(many));
    assertThat(refused.code).isEqualTo("count");
  }

  private static Map<String, List<String>> parse(String text) throws UrlEncoded.Refused {
    Map<String, List<String>> into = new LinkedHashMap<>();
    UrlEncoded.parse(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8, into);
    return into;
  }
}
