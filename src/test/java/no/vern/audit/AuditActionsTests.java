package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The codes written to the chain stay what they were, whichever module now declares them. */
class AuditActionsTests {

  @Test
  void everyCodeEverWrittenStillMeansTheSameAction() throws IOException {
    Map<Integer, String> published = published();
    published.forEach(
        (code, name) ->
            assertThat(AuditActions.ofCode(code).name()).as("code %d", code).isEqualTo(name));
  }

  @Test
  void everyDeclaredActionIsInThePublishedList() throws IOException {
    Map<Integer, String> published = published();
    assertThat(AuditActions.all())
        .as("a new action must be added to src/test/resources/audit/action-codes.txt")
        .allSatisfy(a -> assertThat(published).containsEntry(a.code(), a.name()));
  }

  @Test
  void eachModuleDeclaresItsOwnActions() {
    assertThat(AuditActions.ofCode(3020).getClass().getName())
        .isEqualTo("no.vern.subject.SubjectAuditAction");
    assertThat(AuditActions.ofCode(1000).getClass().getName())
        .isEqualTo("no.vern.access.AccessAuditAction");
  }

  @Test
  void aCodeUsedTwiceIsRefused() {
    assertThatThrownBy(() -> AuditActions.of(List.of(Clashing.ONE, Clashing.TWO)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code 1190");
  }

  @Test
  void aRangeClaimedByTwoModulesIsRefused() {
    assertThatThrownBy(
            () -> AuditActions.of(List.of(TrailAuditAction.AUDIT_VERIFIED, Overlapping.X)))
        .hasMessageContaining("overlap");
  }

  @Test
  void aCodeOutsideItsModulesRangeIsRefused() {
    assertThatThrownBy(() -> AuditActions.of(List.of(OutOfRange.Y)))
        .hasMessageContaining("outside the ranges");
  }

  @AuditCodes(from = 1190, to = 1190)
  enum Clashing implements AuditAction {
    ONE,
    TWO;

    @Override
    public int code() {
      return 1190;
    }
  }

  @AuditCodes(from = 1150, to = 1160)
  enum Overlapping implements AuditAction {
    X;

    @Override
    public int code() {
      return 1155;
    }
  }

  @AuditCodes(from = 9990, to = 9991)
  enum OutOfRange implements AuditAction {
    Y;

    @Override
    public int code() {
      return 9000;
    }
  }

  private static Map<Integer, String> published() throws IOException {
    Map<Integer, String> codes = new TreeMap<>();
    try (InputStream in = AuditActionsTests.class.getResourceAsStream("/audit/action-codes.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.trim().split(" ");
          codes.put(Integer.parseInt(parts[0]), parts[1]);
        }
      }
    }
    return codes;
  }
}
