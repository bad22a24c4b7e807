package no.vern.intake.domain.screening;

import static no.vern.intake.domain.screening.Category.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTests {

  @Test
  void overlappingAndTouchingSpansBecomeOneMarker() {
    var findings =
        List.of(
            new Finding(HEALTH, 4, 9, "a"),
            new Finding(HEALTH, 6, 12, "b"),
            new Finding(HEALTH, 12, 13, "c"));
    assertThat(Redaction.apply("abc 0123456789 xyz", findings)).isEqualTo("abc […]9 xyz");
  }

  @Test
  void spansAreReplacedInPositionOrderWhateverOrderTheyCameIn() {
    var findings = List.of(new Finding(HEALTH, 8, 11, "b"), new Finding(HEALTH, 0, 3, "a"));
    assertThat(Redaction.apply("one two six", findings)).isEqualTo("[…] two […]");
  }

  @Test
  void noFindingsLeaveTheTextAlone() {
    assertThat(Redaction.apply("nothing here", List.of())).isEqualTo("nothing here");
  }
}
