package no.vern.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One number on the admin overview, with the page that lists exactly the items it counts. Its label
 * is the message {@code labelKey} in the module's bundle; an optional note (the time left of the
 * next deadline, say) is the message {@code noteKey} with {@code noteArgs}. Never a UUID, never
 * personal data: counts, dates and durations only.
 *
 * @param id stable, for tests and the page's element ids ({@code counter-<id>})
 * @param value the number (or a date, for "last verified"), already written for a person
 */
public record OverviewCounter(
    String id,
    String labelKey,
    String value,
    Severity severity,
    String link,
    @Nullable String noteKey,
    List<Object> noteArgs) {

  /** How much the number asks of the reader. */
  public enum Severity {
    /** Nothing to do. */
    OK,
    /** Something to look at soon. */
    ATTENTION,
    /** A deadline passed or is about to, or something stopped working. */
    URGENT;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public OverviewCounter {
    noteArgs = List.copyOf(noteArgs);
  }

  /** A count: {@link Severity#OK} when zero, else {@code whenAny}. */
  public static OverviewCounter count(
      String id, String labelKey, long count, Severity whenAny, String link) {
    return new OverviewCounter(
        id,
        labelKey,
        Long.toString(count),
        count == 0 ? Severity.OK : whenAny,
        link,
        null,
        List.of());
  }

  /** The same counter with a note under the number. */
  public OverviewCounter withNote(String key, Object... args) {
    return new OverviewCounter(id, labelKey, value, severity, link, key, List.of(args));
  }
}
