package no.vern.disclosure;

import java.time.Instant;
import java.util.List;
import no.vern.subject.SubjectId;

/**
 * The people whose data went to a recipient in a period, from the register: those a breach at the
 * recipient (a processor's, say) may have touched (Art. 33(2), 34). Ids only, each subject as it is
 * now; confidential disclosures count too, since the breach touched their data all the same.
 */
public interface DisclosedSubjects {

  /** Subjects disclosed to the recipient between {@code from} and {@code to}, inclusive. */
  List<SubjectId> to(String recipient, Instant from, Instant to, int limit);

  long count(String recipient, Instant from, Instant to);
}
