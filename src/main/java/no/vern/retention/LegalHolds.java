package no.vern.retention;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;

/**
 * Legal holds (Art. 17(3)(e): data kept to establish, exercise or defend legal claims): the veto
 * every erasure asks before it deletes anything. The sweep skips held records itself; the subject
 * module's erasures ask through {@link no.vern.subject.ErasureVeto}, which this implements; the
 * data-subject request capability calls {@link #checkErasable} before it erases.
 */
public interface LegalHolds {

  /**
   * The holds in force that cover the subject, one of the activities, or one of the subject's
   * records in those activities (directly or through its case reference). Empty: free to erase.
   */
  List<UUID> covering(SubjectId subject, Collection<String> activities);

  /**
   * Throws {@link no.vern.shared.problem.ApiProblem} of type {@link RetentionProblem#LEGAL_HOLD}
   * naming the holds, after recording {@code ERASURE_HELD} for the subject, when any covers it.
   */
  void checkErasable(SubjectId subject, Collection<String> activities, String actor);
}
