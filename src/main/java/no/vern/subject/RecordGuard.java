package no.vern.subject;

import java.util.List;

/**
 * A veto on storing a record, for modules that know why a record must not come back: consent
 * refuses newsletter records for an address that unsubscribed, so an import cannot quietly bring
 * back what the person had erased. Called inside the storing transaction, after the subject is
 * resolved; refuses by throwing {@link no.vern.shared.problem.ApiProblem}, so an API call answers
 * with that problem and an import reports the row.
 */
public interface RecordGuard {

  void check(SubjectId subject, NewRecord record, String actor);

  /**
   * The same veto over a batch of an import. A guard that reads something to decide (the active
   * inventory, a list) overrides this to read it once for the batch rather than once per row.
   */
  default void checkAll(List<Guarded> batch, String actor) {
    batch.forEach(guarded -> check(guarded.subject(), guarded.record(), actor));
  }

  /** A record of a batch and the subject it is about to be stored under. */
  record Guarded(SubjectId subject, NewRecord record) {}
}
