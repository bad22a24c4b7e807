package no.vern.subject;

import java.util.Map;

/**
 * Corrections of a person's data (Art. 16), for the data-subject request capability, which audits
 * them by field name. The old value is not kept anywhere: an identifier's old row (blind index and
 * ciphertext) is deleted, a record is re-encrypted whole. Joins the caller's transaction.
 */
public interface Rectifications {

  /**
   * Replaces every identifier of this type the subject holds by {@code identifier}, indexed and
   * encrypted as any identifier. False when the subject already holds exactly it. Throws {@link
   * IllegalArgumentException} naming the reasons (never the value) when it is invalid, and {@link
   * IllegalStateException} when another subject holds it (a merge is a human's decision).
   */
  boolean replaceIdentifier(SubjectId subject, Identifier identifier);

  /**
   * Sets these top-level fields of one of the subject's records (a new field completes it; a null
   * removes one), re-encrypted under the current key. The record's activity; empty when the record
   * is not the subject's.
   */
  java.util.Optional<String> correctRecord(
      SubjectId subject, RecordId record, Map<String, Object> fields);
}
