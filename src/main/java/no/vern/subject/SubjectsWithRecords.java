package no.vern.subject;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who has records where: the people a breach of some activities in some period, or of one import,
 * may have touched (Art. 33(3)(a), 34). Ids only, no personal data; each id is the subject as it is
 * now (a merged subject counts as the one it was merged into). Counts first, so a case handler sees
 * the size before asking for the list.
 */
public interface SubjectsWithRecords {

  /**
   * Subjects with a record of one of the activities collected at or before {@code to} and, when
   * {@code from} is given, at or after it; ordered by id, at most {@code limit}.
   */
  List<SubjectId> inActivities(
      Collection<String> activities, @Nullable Instant from, Instant to, int limit);

  long countInActivities(Collection<String> activities, @Nullable Instant from, Instant to);

  /** Subjects with a record stored by the import; ordered by id, at most {@code limit}. */
  List<SubjectId> inImport(ImportId importId, int limit);

  long countInImport(ImportId importId);
}
