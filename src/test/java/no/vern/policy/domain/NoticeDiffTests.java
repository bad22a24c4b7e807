package no.vern.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.policy.domain.NoticeDiff.Change;
import no.vern.policy.domain.NoticeDiff.Line;
import org.junit.jupiter.api.Test;

class NoticeDiffTests {

  @Test
  void marksAnAddedAndARemovedParagraph() {
    List<Line> diff =
        NoticeDiff.between(
            List.of("Title", "We keep it 3 years.", "End"),
            List.of("Title", "We keep it 5 years.", "New", "End"));
    assertThat(diff)
        .containsExactly(
            new Line(Change.UNCHANGED, "Title"),
            new Line(Change.REMOVED, "We keep it 3 years."),
            new Line(Change.ADDED, "We keep it 5 years."),
            new Line(Change.ADDED, "New"),
            new Line(Change.UNCHANGED, "End"));
    assertThat(NoticeDiff.changed(diff)).isTrue();
  }

  @Test
  void condensingKeepsTheChangesWithTheirContext() {
    List<Line> diff =
        NoticeDiff.between(
            List.of("a", "b", "c", "d", "e", "f"), List.of("a", "b", "c", "d", "E", "f"));
    assertThat(NoticeDiff.condensed(diff, 1))
        .containsExactly(
            new Line(Change.SKIPPED, "3"),
            new Line(Change.UNCHANGED, "d"),
            new Line(Change.REMOVED, "e"),
            new Line(Change.ADDED, "E"),
            new Line(Change.UNCHANGED, "f"));
  }

  @Test
  void identicalNoticesHaveNoChange() {
    List<String> lines = List.of("a", "b");
    assertThat(NoticeDiff.changed(NoticeDiff.between(lines, lines))).isFalse();
  }
}
