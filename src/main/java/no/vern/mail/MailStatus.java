package no.vern.mail;

import java.time.Instant;

/**
 * What the outbox knows about a mail, without its recipient or contents: safe to show and to log.
 *
 * @param messageId the {@code Message-ID} header, fixed when the mail was queued
 * @param sentAt when the SMTP server accepted it; null until then
 * @param lastError the class name of the last failure (never its message, which may quote an
 *     address); null when none
 */
public record MailStatus(
    MailId id,
    String kind,
    Language language,
    MailState state,
    int attempts,
    String messageId,
    Instant queuedAt,
    Instant sentAt,
    String lastError) {}
