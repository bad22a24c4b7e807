package no.vern.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run found: answers by status, and the answers that break a rule (any 5xx, an API
 * error that is not problem+json, an answer without the security headers). Keeps the first few of
 * each for the report.
 */
public final class FuzzTally {

  private final Map<Integer, Integer> byStatus = new TreeMap<>();
  private final List<String> serverErrors = new ArrayList<>();
  private final List<String> notProblems = new ArrayList<>();
  private final List<String> withoutHeaders = new ArrayList<>();
  private final List<String> unanswered = new ArrayList<>();
  private final List<String> slow = new ArrayList<>();
  private int sent;
  private int serverErrorCount;
  private int notProblemCount;
  private int withoutHeadersCount;

  public synchronized void record(FuzzRequests.Fuzzed request, RawHttp.Answer answer, long millis) {
    sent++;
    if (millis > 2000) {
      keep(slow, millis + " ms " + request.description());
    }
    int status = answer.status();
    byStatus.merge(status, 1, Integer::sum);
    String line = status + " " + request.description();
    if (status == 0) {
      keep(unanswered, request.description());
    }
    // No status line: an HTTP/0.9 answer, whose body still says what the status would have been.
    boolean failedWithoutHead =
        status == 0 && answer.bodyStart().matches("(?s).*\"status\":5\\d\\d.*");
    if (status >= 500 || failedWithoutHead) {
      serverErrorCount++;
      keep(serverErrors, line);
    }
    String type = answer.header("Content-Type");
    boolean hasBody = !request.method().equals("HEAD");
    if (request.api()
        && status >= 400
        && hasBody
        && (type == null || !type.startsWith("application/problem+json"))) {
      notProblemCount++;
      keep(notProblems, line + " -> " + type);
    }
    if (status > 0
        && (answer.header("Content-Security-Policy") == null
            || answer.header("X-Content-Type-Options") == null)) {
      withoutHeadersCount++;
      keep(withoutHeaders, line);
    }
  }

  private static void keep(List<String> list, String line) {
    if (list.size() < 15) {
      list.add(line);
    }
  }

  public synchronized int sent() {
    return sent;
  }

  public synchronized int serverErrors() {
    return serverErrorCount;
  }

  public synchronized int notProblems() {
    return notProblemCount;
  }

  public synchronized int withoutHeaders() {
    return withoutHeadersCount;
  }

  /** Answers with no status line: HTTP/0.9 answers, or the connection closed or timed out first. */
  public synchronized int noAnswer() {
    return byStatus.getOrDefault(0, 0);
  }

  public synchronized String report() {
    StringBuilder out = new StringBuilder();
    out.append("requests: ").append(sent).append("\nby status: ").append(byStatus);
    out.append("\n5xx: ").append(serverErrorCount);
    out.append("\nAPI errors not problem+json: ").append(notProblemCount);
    out.append("\nanswers without security headers: ").append(withoutHeadersCount);
    section(out, "5xx", serverErrors);
    section(out, "not problem+json", notProblems);
    section(out, "without headers", withoutHeaders);
    section(out, "no answer", unanswered);
    section(out, "slow", slow);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      out.append("\n-- ").append(title).append(":");
      lines.forEach(l -> out.append("\n  ").append(l));
    }
  }
}
