package no.vern.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 7: a bounded fuzz run over every public and API endpoint in each build (3,000
 * requests by default, {@code -Dvern.fuzz.requests=N} for more; bench/fuzz.sh sends 10,000 to a
 * Vern of its own). No answer may be a 5xx, every API error must be problem+json, every answer must
 * carry the security headers, and no value sent may appear in the log.
 */
@VernTest
@ExtendWith(OutputCaptureExtension.class)
class FuzzIT {

  @LocalServerPort int port;

  @Test
  void malformedRequestsGetNo5xxOnlyProblemsAndLeaveNoValueInTheLog(CapturedOutput log)
      throws Exception {
    int requests = Integer.getInteger("vern.fuzz.requests", 3000);
    long seed = Long.getLong("vern.fuzz.seed", System.nanoTime());
    String canary = FuzzRun.canary();
    FuzzTally tally =
        FuzzRun.run("localhost", port, Http.BOOTSTRAP_TOKEN, canary, seed, requests, 4, true);
    Thread.sleep(500);
    String report = tally.report() + "\nseed " + seed + " (replay with -Dvern.fuzz.seed)";
    assertThat(tally.sent()).isEqualTo(requests);
    assertThat(tally.serverErrors()).as(report).isZero();
    assertThat(tally.notProblems()).as(report).isZero();
    assertThat(tally.withoutHeaders()).as(report).isZero();
    assertThat(FuzzRun.canaryLines(log.getAll(), canary)).as(report).isZero();
  }

  @Test
  void everyOperationOfTheApiIsFuzzed() {
    var docs = JsonMapper.builder().build().readTree(new Http(port).get("/v3/api-docs").body());
    List<String> missing = new ArrayList<>();
    docs.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .propertyNames()
                    .forEach(
                        method -> {
                          String m = method.toUpperCase(Locale.ROOT);
                          boolean listed =
                              Endpoints.ALL.stream()
                                  .anyMatch(
                                      e -> e.method().equals(m) && e.path().equals(path.getKey()));
                          if (!listed) {
                            missing.add(m + " " + path.getKey());
                          }
                        }));
    assertThat(missing).as("add these to no.vern.fuzz.Endpoints").isEmpty();
  }
}
