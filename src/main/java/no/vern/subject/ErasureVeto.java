package no.vern.subject;

import java.util.Collection;

/**
 * A veto on erasing a subject's data, implemented by the modules that know why it must be kept:
 * retention refuses while a legal hold covers the subject, one of the activities, one of the
 * records or their case (Art. 17(3)(e)). Called by every erasure before it deletes anything;
 * refuses by throwing {@link no.vern.shared.problem.ApiProblem} naming the hold.
 */
public interface ErasureVeto {

  void check(SubjectId subject, Collection<String> activities);
}
