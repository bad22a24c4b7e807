package no.vern.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * One disclosure to put in the register, by ids and codes only (docs/disclosures.md). {@code
 * recipient} is the inventory's recipient id, or the host an endpoint had when the recipient is not
 * in the inventory (a controller a person sent their portable data to). A {@code confidential}
 * disclosure is never shown to the person and needs its {@code confidentialGround}, the law that
 * keeps it secret (hvitvaskingsloven § 28 for a report to Økokrim).
 *
 * @param recipientRole the inventory's kind code ({@code processor}, {@code
 *     independent-controller}, {@code joint-controller}, {@code public-authority}), or null
 * @param legalBases DPV codes such as {@code A6-1-c}
 * @param reason a code: {@code REPORTED} (through the API), {@code PORTABILITY_TRANSMISSION}, ...
 * @param recordCount how many of Vern's records went, 0 when Vern did not count them
 */
public record NewDisclosure(
    SubjectId subject,
    String recipient,
    @Nullable String recipientRole,
    List<String> activities,
    List<String> legalBases,
    List<String> dataCategories,
    Instant disclosedAt,
    String reason,
    int recordCount,
    @Nullable String caseReference,
    @Nullable String transferMechanism,
    boolean confidential,
    @Nullable String confidentialGround,
    @Nullable UUID requestId) {

  public NewDisclosure {
    activities = List.copyOf(activities);
    legalBases = List.copyOf(legalBases);
    dataCategories = List.copyOf(dataCategories);
    if (confidential && (confidentialGround == null || confidentialGround.isBlank())) {
      throw new IllegalArgumentException("A confidential disclosure needs its legal ground.");
    }
  }
}
