package no.vern.intake;

import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;

/**
 * Someone asked through a newsletter form to receive the newsletter. Published inside the
 * transaction that stored the request as a record of the newsletter activity, so a listener
 * ({@code @TransactionalEventListener} or Modulith's {@code @ApplicationModuleListener}) sees it
 * only once the record exists. The consent capability starts double opt-in from it; until one
 * listens, the request is only recorded. Ids and codes only: the e-mail address is read from the
 * subject registry by whoever must write to it.
 *
 * @param consentPurpose the code of the activity's consent purpose, e.g. {@code newsletter}
 * @param language {@code nb} or {@code en}, the language the person used, for the confirmation mail
 */
public record NewsletterSignupRequested(
    SubjectId subject,
    RecordId record,
    String formId,
    String activity,
    String consentPurpose,
    String language) {}
