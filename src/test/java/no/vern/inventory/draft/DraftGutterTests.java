package no.vern.inventory.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftGutterTests {

  @Test
  void theGutterNumbersEveryLineAndAtLeastOne() {
    assertThat(DraftAdminController.gutter("a: 1\nb: 2\nc: 3")).isEqualTo("1\n2\n3\n");
    assertThat(DraftAdminController.gutter("")).isEqualTo("1\n");
  }
}
