/**
 * Reliable outgoing mail (Art. 5(1)(f), 12, 32, 34): consent confirmations and receipts, double
 * opt-in, answers to requests and breach notifications all go through one transactional outbox.
 * {@link no.vern.mail.Outbox#enqueue} joins the caller's transaction, so a mail exists if and only
 * if the business change it belongs to committed; a dispatcher sends it over SMTP with retries and
 * backoff, at most one instance per mail at a time. Recipient and contents are personal data:
 * encrypted at rest with Tink and deleted once the mail is sent. {@link no.vern.mail.MailTemplates}
 * renders bilingual mails from Thymeleaf templates. See {@code docs/mail.md}.
 */
@org.jspecify.annotations.NullMarked
package no.vern.mail;
