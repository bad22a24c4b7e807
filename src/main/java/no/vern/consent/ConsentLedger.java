package no.vern.consent;

import java.util.List;
import no.vern.subject.SubjectId;

/**
 * The consent ledger: append-only events per person and consent purpose, the current state kept
 * beside them in the same transaction, a signed receipt for every consent given, renewed or
 * withdrawn. Every change is audited by ids and published as a {@link ConsentChanged} event.
 */
public interface ConsentLedger {

  /**
   * Records the change, or throws {@link no.vern.shared.problem.ApiProblem} listing every invalid
   * field ({@code VALIDATION_FAILED}) or saying that no privacy notice is published yet ({@code
   * CONFLICT}), with nothing stored. Joins the caller's transaction.
   */
  RecordedConsent record(ConsentChange change);

  /**
   * Every event of the person, oldest first. A read of personal data (user agents, address hashes):
   * {@code CONSENT_HISTORY_READ} is on the audit trail before it is returned.
   */
  List<ConsentEntry> history(SubjectId subject, String actor);
}
