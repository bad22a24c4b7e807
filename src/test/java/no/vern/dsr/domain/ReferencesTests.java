package no.vern.dsr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTests {

  @Test
  void referencesAreEasyToReadAloudAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String reference = References.next();
      assertThat(reference).matches("R-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
      seen.add(reference);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void codesAreSixDigits() {
    for (int i = 0; i < 1000; i++) {
      assertThat(References.code()).matches("\\d{6}");
    }
  }
}
