package no.vern.subject;

/**
 * A veto on storing a record, for modules that know why a record must not come back: consent
 * refuses newsletter records for an address that unsubscribed, so an import cannot quietly bring
 * back what the person had erased. Called inside the storing transaction, after the subject is
 * resolved; refuses by throwing {@link no.vern.shared.problem.ApiProblem}, so an API call answers
 * with that problem and an import reports the row.
 */
public interface RecordGuard {

  void check(SubjectId subject, NewRecord record, String actor);
}
