package no.vern.mail;

import java.util.Optional;

/**
 * Where modules hand over mail. A queued mail is sent by the dispatcher when SMTP is configured,
 * retried with exponential backoff while the server is away, and given up ({@link
 * MailState#FAILED}, visible on the admin page) after the configured number of attempts.
 */
public interface Outbox {

  /**
   * Queues a mail inside the caller's transaction, which must exist: the mail is stored if and only
   * if that transaction commits, so no confirmation goes out for a change that rolled back and none
   * is lost for one that committed. The {@code Message-ID} is fixed now and kept for every attempt.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
   */
  MailId enqueue(OutgoingMail mail);

  /**
   * Whether SMTP and a sender are configured, so that queued mail goes out. Without them mail stays
   * queued; a caller whose mail is only worth sending now (a warning) can skip it.
   */
  boolean configured();

  /** What the outbox knows about the mail, without recipient or contents; empty if unknown. */
  Optional<MailStatus> status(MailId id);
}
