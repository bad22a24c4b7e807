package no.vern.intake;

import no.vern.shared.DomainEvent;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;

/**
 * Someone asked through a newsletter form to receive the newsletter. Published inside the
 * transaction that stored the request as a record of the newsletter activity, so a listener after
 * commit sees it only once the record exists. The newsletter starts double opt-in from it with a
 * module listener, after the commit, retried at restart until done. Ids and codes only (the event
 * publication registry stores it): the e-mail address is read from the subject registry by whoever
 * must write to it.
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
    String language)
    implements DomainEvent {}
