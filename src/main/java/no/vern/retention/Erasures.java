package no.vern.retention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * Erasure of one person's records on request (Art. 17), through the sweep's code: the same dating
 * of records under their activity's rule, the same holds, and the same set-based erasure ({@code
 * subject.RecordErasure}: the records, and the person's identifiers when nothing is left, with
 * their reported trigger events). For the data-subject request capability, which decides per record
 * and tells the person what was kept, why and until when.
 */
public interface Erasures {

  /** A hold in force over a record, and the day it is to be reviewed. */
  record Hold(UUID id, LocalDate reviewAt) {}

  /**
   * One record of the person as retention sees it: its activity, when its rule's period starts
   * ({@code triggerOn}, null while the trigger has not come: an open case, a relationship not
   * ended) and ends ({@code dueOn}), the rule's action, its case reference and the holds over it.
   */
  record Standing(
      RecordId record,
      String activity,
      @Nullable LocalDate triggerOn,
      @Nullable LocalDate dueOn,
      @Nullable String trigger,
      @Nullable String caseReference,
      List<Hold> holds) {

    public Standing {
      holds = List.copyOf(holds);
    }
  }

  /** Every record of the subject (and of subjects merged into it), oldest first. */
  List<Standing> standing(SubjectId subject);

  /**
   * Deletes these records of the subject in the caller's transaction; refuses with {@code
   * urn:vern:problem:legal-hold} (audited {@code ERASURE_HELD}) when a hold covers one. Answers
   * whether the person's identifiers went too, because nothing of them was left.
   */
  boolean erase(SubjectId subject, Collection<RecordId> records, String actor);
}
