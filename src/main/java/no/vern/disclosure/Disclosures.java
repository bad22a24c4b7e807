package no.vern.disclosure;

import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/** The disclosure register: what was disclosed about whom, to whom, when and why, by ids only. */
public interface Disclosures {

  /**
   * Records a disclosure without role, legal basis or data categories (the form from before the
   * register was complete; prefer {@link #record(NewDisclosure, String)}) and audits it ({@code
   * DISCLOSURE_RECORDED}, the disclosure's id). Joins the caller's transaction.
   *
   * @param recipient the inventory's recipient id, or the host of the endpoint the data went to
   * @param reason a code such as {@code PORTABILITY_TRANSMISSION}
   * @param actor {@code user:<uuid>}, {@code token:<uuid>} or {@code system:<name>}
   */
  UUID record(
      SubjectId subject,
      String recipient,
      String reason,
      List<String> activities,
      int recordCount,
      String actor,
      @Nullable UUID requestId);

  /**
   * Records a disclosure with everything the register holds (docs/disclosures.md) and audits it as
   * {@link #record(SubjectId, String, String, List, int, String, UUID)} does. Checks nothing
   * against the inventory: callers that take input from outside go through the API, which does.
   */
  UUID record(NewDisclosure disclosure, String actor);

  /** Every disclosure about the subject, oldest first. */
  List<Disclosure> of(SubjectId subject);

  /** One entry of the register. */
  record Disclosure(
      UUID id,
      String recipient,
      String reason,
      List<String> activities,
      int recordCount,
      java.time.Instant disclosedAt,
      @Nullable UUID requestId) {}
}
