package no.vern.disclosure;

import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/** The disclosure register: what was disclosed about whom, to whom, when and why, by ids only. */
public interface Disclosures {

  /**
   * Records a disclosure and audits it ({@code DISCLOSURE_RECORDED}, the disclosure's id). Joins
   * the caller's transaction.
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
