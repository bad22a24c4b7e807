package no.vern.subject;

import java.util.Collection;
import java.util.List;

/**
 * Set-based erasure of many records at once, for the retention sweep: deletes the records and, for
 * every subject (with the subjects merged into it) left without any record, its identifiers, as
 * {@link PersonalDataRecords#eraseActivity} does on unsubscribe. The subject row stays (the consent
 * ledger keeps its id as proof). Joins the caller's transaction and audits nothing: the caller
 * records one entry for the whole run. Records already gone are skipped, so a batch may be retried.
 */
public interface RecordErasure {

  /** The subjects whose identifiers were deleted because nothing of them was left. */
  List<SubjectId> erase(Collection<RecordId> records);
}
