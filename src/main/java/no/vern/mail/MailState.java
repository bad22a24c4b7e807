package no.vern.mail;

/**
 * Where a mail is in the outbox. Stored by name: never rename a constant.
 *
 * <ul>
 *   <li>{@code QUEUED}: waiting for its next attempt (the first one at once).
 *   <li>{@code SENDING}: claimed by one dispatcher for a limited time (its lease).
 *   <li>{@code SENT}: accepted by the SMTP server; recipient and contents are deleted.
 *   <li>{@code FAILED}: given up after the last attempt or refused for good by the server; an
 *       administrator may queue it again.
 * </ul>
 */
public enum MailState {
  QUEUED,
  SENDING,
  SENT,
  FAILED
}
