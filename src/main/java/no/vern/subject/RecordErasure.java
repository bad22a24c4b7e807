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

  /**
   * The deletion of {@link #erase} as a common table expression, for a caller that chooses many
   * records by a query of its own and deletes them in that one statement (one round trip per
   * batch): put {@code WITH chosen(rowid, id) AS (...),} before it, the records' {@code ctid} and
   * id, ideally in {@code ctid} order. It defines {@code erased(id, subject_id, controller,
   * collected_at)} and touches no identifier. For a caller that erases many batches and asks once
   * at the end, with {@link #peopleLeftWithout}, which of the people it touched have nothing left:
   * a person's records may lie in many batches, and asking after each costs a look-up per person
   * per batch.
   */
  String deletionOnly();

  /**
   * The people part of {@link #erase} for the subject ids in the column {@code subject_id} of
   * {@code source} (a table or an earlier common table expression, in a statement after the
   * records' deletion has committed): defines {@code emptied(subject_id, live)} and deletes those
   * people's identifiers. End it with a {@code SELECT}.
   */
  String peopleLeftWithout(String source);
}
