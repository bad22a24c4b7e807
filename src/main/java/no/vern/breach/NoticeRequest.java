package no.vern.breach;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/breaches/{id}/subject-notices}: who to tell (as {@link AffectedQuery}) and
 * what, in plain language, per language ({@code nb} required, {@code en} for those who use
 * English). docs/breaches.md, "Telling the people affected".
 */
record NoticeRequest(
    @Nullable List<String> activities,
    @Nullable String from,
    @Nullable String to,
    @Nullable String importId,
    @Nullable String recipient,
    @Nullable Map<String, Text> texts) {

  /** What the person reads: Art. 34(2) with 33(3)(b)-(d), and what they can do themselves. */
  record Text(
      @Nullable String whatHappened,
      @Nullable String consequences,
      @Nullable String measures,
      @Nullable String advice) {}

  AffectedQuery query() {
    return new AffectedQuery(activities, from, to, importId, recipient);
  }
}
