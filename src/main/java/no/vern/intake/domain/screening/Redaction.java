package no.vern.intake.domain.screening;

import java.util.List;

/**
 * Replaces the spans of findings with one marker. The marker is language-neutral ("[…]", the
 * editorial sign for an omission) because the stored text is read by staff in either language, and
 * it does not name the category: "[health data removed]" would keep part of what was removed.
 */
public final class Redaction {

  public static final String MARKER = "[\u2026]";

  private Redaction() {}

  /** Overlapping or touching findings become a single marker. */
  public static String apply(String text, List<Finding> findings) {
    var out = new StringBuilder(text.length());
    int copied = 0;
    int spanStart = -1;
    int spanEnd = -1;
    for (Finding f : new Screening(findings).findings()) {
      if (spanEnd >= 0 && f.start() <= spanEnd) {
        spanEnd = Math.max(spanEnd, f.end());
        continue;
      }
      if (spanEnd >= 0) {
        out.append(text, copied, spanStart).append(MARKER);
        copied = spanEnd;
      }
      spanStart = f.start();
      spanEnd = f.end();
    }
    if (spanEnd >= 0) {
      out.append(text, copied, spanStart).append(MARKER);
      copied = spanEnd;
    }
    return out.append(text, copied, text.length()).toString();
  }
}
