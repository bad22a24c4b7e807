package no.vern.shared;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id of the work in progress on this thread: set per HTTP request (from an incoming
 * {@code X-Correlation-Id} or freshly generated), echoed in the response, written to every log line
 * and audit entry, so one action can be followed across them.
 */
public final class Correlation {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private Correlation() {}

  /** The current id, or a new one for work that did not start from a request. */
  public static String current() {
    String id = MDC.get(MDC_KEY);
    return id != null ? id : "sys-" + UUID.randomUUID();
  }

  /** Accepts a caller's id only when it is short and plain, so it can never smuggle data. */
  public static String acceptOrGenerate(String candidate) {
    return candidate != null && ACCEPTABLE.matcher(candidate).matches()
        ? candidate
        : UUID.randomUUID().toString();
  }

  public static void set(String id) {
    MDC.put(MDC_KEY, id);
  }

  public static void clear() {
    MDC.remove(MDC_KEY);
  }
}
