package no.vern.dsr;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Art. 15(4) review: a person's records that may mention other people are withheld from their
 * access package until a case handler has looked at them and released them. The request's admin
 * page lists them and releases them through this; the API through the same implementation.
 */
public interface RecordReview {

  /**
   * A record that may mention others: the fields that flagged it (names, never values), and whether
   * a case handler has released it already.
   */
  record Flagged(
      UUID id, String activity, Instant collectedAt, List<String> fields, boolean released) {}

  /** The person's flagged records, oldest first; the read is audited as {@code actor}'s. */
  List<Flagged> flagged(UUID subject, String actor);

  /**
   * Releases one of the person's records into their next package, audited ({@code
   * RECORD_RELEASED}); false when the record is not the person's. Releasing twice changes nothing.
   */
  boolean release(UUID subject, UUID record, String actor);
}
