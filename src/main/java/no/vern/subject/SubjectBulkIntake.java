package no.vern.subject;

import java.util.List;

/**
 * Stores many records at once, for imports: the same outcome as {@link SubjectRegistry#resolve}
 * followed by {@link PersonalDataRecords#store} for each entry in order, at a fraction of the cost.
 * Identifiers are normalised, blind-indexed and encrypted in Java and written with PostgreSQL's
 * COPY; the unique {@code (type, blind_index)} constraint still decides, so an identifier stored by
 * a concurrent request or by an earlier batch ends at the same subject.
 */
public interface SubjectBulkIntake {

  /**
   * Stores every entry, or none of them, in one transaction of its own (not joined to the
   * caller's). Rows are not audited one by one: each new subject and record carries {@code
   * importId}, and the caller audits the import. Throws {@link IllegalArgumentException} for an
   * invalid identifier (validate first) and {@link BatchNotStoredException} when the database
   * refuses the batch.
   *
   * @return one result per entry, in the same order
   */
  List<BulkStored> storeBatch(ImportId importId, List<BulkEntry> entries);
}
