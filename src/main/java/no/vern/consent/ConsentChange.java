package no.vern.consent;

import no.vern.subject.SubjectId;

/**
 * A decision of a person about a consent purpose, to be recorded in the ledger.
 *
 * @param subject the person
 * @param purpose a consent purpose code of the active inventory
 * @param status what happened; a {@code GIVEN} where the consent had expired or awaits renewal is
 *     recorded as {@code RENEWED}
 * @param noticeVersion the published privacy notice shown; null for the current one
 * @param language {@code nb} or {@code en}, the language of the text shown
 * @param text the exact text shown, to be hashed (never stored); or null
 * @param textSha256 the SHA-256 (hex) of the text shown, when the caller hashed it; when both this
 *     and {@code text} are null, the purpose's title and description in the notice version
 * @param channel {@code api}, {@code banner}, {@code mail} or {@code form:<form id>}
 * @param method how it was expressed
 * @param clientAddress the person's IP address as seen when they acted, or null; only a keyed HMAC
 *     of it is stored
 * @param userAgent the person's user agent, or null
 * @param actor who records it: {@code user:<uuid>}, {@code token:<uuid>} or {@code system:<name>}
 */
public record ConsentChange(
    SubjectId subject,
    String purpose,
    ConsentStatus status,
    Integer noticeVersion,
    String language,
    String text,
    String textSha256,
    String channel,
    ConsentMethod method,
    String clientAddress,
    String userAgent,
    String actor) {

  public ConsentChange withSubject(SubjectId other) {
    return new ConsentChange(
        other,
        purpose,
        status,
        noticeVersion,
        language,
        text,
        textSha256,
        channel,
        method,
        clientAddress,
        userAgent,
        actor);
  }

  /** The address and user agent are personal data: never printed. */
  @Override
  public String toString() {
    return "ConsentChange[subject="
        + subject
        + ", purpose="
        + purpose
        + ", status="
        + status
        + ", channel="
        + channel
        + ", method="
        + method
        + ", ***]";
  }
}
