package no.vern.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlLinesTests {

  private static final String YAML =
      """
      formatVersion: 1
      organisation:
        name: Eksempel AS
      activities:
        - id: first
          retention:
            period: P3Y
        - id: second
          name:
            nb: Andre
      """;

  @Test
  void aPathIsPlacedAtTheLineWhereItStarts() {
    YamlLines lines = YamlLines.of(YAML);

    assertThat(lines.line("formatVersion", "")).isEqualTo(1);
    assertThat(lines.line("organisation.name", "")).isEqualTo(3);
    assertThat(lines.line("activities[0].retention.period", "")).isEqualTo(7);
    assertThat(lines.line("activities[1].id", "")).isEqualTo(8);
  }

  @Test
  void aMissingFieldIsPlacedAtItsNearestParent() {
    YamlLines lines = YamlLines.of(YAML);

    assertThat(lines.line("activities[1].name.en", "")).isEqualTo(9);
    assertThat(lines.line("activities[0].retention.action", "")).isEqualTo(6);
    assertThat(lines.line("activities[5].id", "")).isEqualTo(4);
  }

  @Test
  void theWholeDocumentIsLineOneUnlessASyntaxErrorNamesALine() {
    YamlLines lines = YamlLines.of("a: [");

    assertThat(lines.line("", "The document is empty.")).isEqualTo(1);
    assertThat(lines.line("", "The document cannot be read: bad (line 3, column 2).")).isEqualTo(3);
  }

  @Test
  void parentsAreFoundByDotsAndBrackets() {
    assertThat(YamlLines.parent("a[3].b")).isEqualTo("a[3]");
    assertThat(YamlLines.parent("a[3]")).isEqualTo("a");
    assertThat(YamlLines.parent("a")).isEqualTo("");
  }
}
