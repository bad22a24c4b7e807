package no.vern.dsr.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything Art. 15 gives a person, in one document: their identifiers and every record, grouped
 * by the processing activity that justifies it, each activity with the information of Art.
 * 15(1)(a)-(h) in the person's language; their consent history with the signed receipts; their
 * rights and where to complain. Its JSON is a published format ({@link #FORMAT}, schema in
 * docs/dsr.md): add fields, never move or rename one. Records that may hold data about other people
 * are withheld for review (Art. 15(4)) and listed under {@code review}. {@code disclosures} names
 * the recipients that actually received the person's data (Art. 15(1)(c)), from the disclosure
 * register; a confidential disclosure (a report to Økokrim) is never among them. {@code
 * cookieChoices} are the cookie banner's choices Vern can tie to the person (a consent id carried
 * into a form they signed up with).
 */
public record AccessPackage(
    String format,
    Instant generatedAt,
    String language,
    UUID subject,
    List<IdentifierItem> identifiers,
    Organisation organisation,
    @Nullable Notice notice,
    List<ActivityPart> activities,
    List<ConsentItem> consents,
    Rights rights,
    Review review,
    @Nullable List<ReadItem> reads,
    List<DisclosureItem> disclosures,
    List<CookieChoiceItem> cookieChoices) {

  public static final String FORMAT = "vern-access-package/1";

  public record IdentifierItem(String type, String value) {}

  public record Organisation(
      @Nullable String name, @Nullable String contactEmail, @Nullable String dpoEmail) {}

  public record Notice(int version, Instant publishedAt, String url) {}

  public record ActivityPart(
      String id,
      String name,
      @Nullable String controller,
      @Nullable String purpose,
      List<BasisItem> legalBases,
      List<String> dataCategories,
      List<RecipientItem> recipients,
      @Nullable String retention,
      List<SourceItem> sources,
      List<DecisionItem> automatedDecisions,
      List<RecordItem> records) {}

  public record BasisItem(
      String basis,
      String dpv,
      @Nullable String covers,
      @Nullable String legitimateInterest,
      @Nullable String reference) {}

  public record RecipientItem(
      String name, String role, @Nullable String country, @Nullable String transfer) {}

  public record SourceItem(String kind, @Nullable String description) {}

  public record DecisionItem(
      @Nullable String logic,
      @Nullable String significance,
      @Nullable String humanReview,
      boolean article22,
      @Nullable String exception) {}

  /**
   * One record. {@code data} is null when it is withheld for review; {@code othersMentioned} names
   * why a record was flagged (field names or {@code FREE_TEXT}), never a value.
   */
  public record RecordItem(
      UUID id,
      Instant collectedAt,
      @Nullable String source,
      boolean withheld,
      List<String> othersMentioned,
      @Nullable Map<String, Object> data) {

    @Override
    public String toString() {
      return "RecordItem[id=" + id + ", data=***]";
    }
  }

  public record ConsentItem(
      UUID event,
      String purpose,
      String status,
      Instant at,
      int noticeVersion,
      String channel,
      String method,
      @Nullable String receipt) {}

  public record Rights(
      List<RightItem> rights,
      @Nullable String authority,
      @Nullable String authorityUrl,
      String complaint,
      String judicialRemedy) {}

  public record RightItem(String code, String dpv, String text) {}

  public record Review(boolean required, List<UUID> records) {}

  /**
   * A read of the person's data from the audit trail (when configured): when, the kind of actor
   * ({@code USER} is a staff member, {@code API_TOKEN} a system, ...), the action's code and its
   * words, and {@code staff}: the staff member's or system's roles in words, with the name first
   * only when the organisation has chosen to name them ({@code VERN_DSR_ANSWERS_READ_LOG_NAMES});
   * null for Vern itself.
   */
  public record ReadItem(
      Instant at, String actorType, String action, String description, @Nullable String staff) {}

  /** One disclosure from the register: who received which of the person's data, and when. */
  public record DisclosureItem(
      String recipient,
      String role,
      @Nullable String country,
      @Nullable String transfer,
      List<String> activities,
      List<String> dataCategories,
      Instant disclosedAt) {}

  /** One cookie choice: when, how, what was accepted and refused, and on which page. */
  public record CookieChoiceItem(
      UUID consentId,
      Instant recordedAt,
      String method,
      List<String> accepted,
      List<String> refused,
      boolean gpcApplied,
      @Nullable String page) {}

  @Override
  public String toString() {
    return "AccessPackage[subject=" + subject + ", activities=" + activities.size() + ", ***]";
  }
}
