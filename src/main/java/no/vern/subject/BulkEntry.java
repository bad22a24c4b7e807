package no.vern.subject;

import java.util.List;
import java.util.Objects;

/** One row of a bulk intake: the identifiers of the person it is about, and the record. */
public record BulkEntry(List<Identifier> identifiers, NewRecord record) {
  public BulkEntry {
    identifiers = List.copyOf(identifiers);
    Objects.requireNonNull(record, "record");
  }

  /** Holds personal data: never printed. */
  @Override
  public String toString() {
    return "BulkEntry[" + record + "]";
  }
}
