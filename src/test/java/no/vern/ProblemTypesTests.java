package no.vern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import no.vern.shared.Contributions;
import no.vern.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * Problem types are contributed by the modules; their URIs are a published contract, so each is
 * unique and documented in docs/errors.md, and a documented type never disappears from the code.
 */
class ProblemTypesTests {

  private final List<ProblemType> types =
      Contributions.enumConstantsImplementing(ProblemType.class);

  @Test
  void everyModulesProblemTypesAreFoundAndTheirUrisAreUnique() {
    assertThat(types).extracting(ProblemType::uri).doesNotHaveDuplicates();
    assertThat(types)
        .extracting(ProblemType::uri)
        .contains("urn:vern:problem:validation-failed", "urn:vern:problem:suppressed");
  }

  @Test
  void docsListExactlyTheTypesTheCodeAnswersWith() throws Exception {
    String errors = Files.readString(Path.of("docs/errors.md"));
    List<String> documented =
        Pattern.compile("^\\| `(urn:vern:problem:[a-z-]+)` \\|", Pattern.MULTILINE)
            .matcher(errors)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(types).extracting(ProblemType::uri).containsExactlyInAnyOrderElementsOf(documented);
  }
}
