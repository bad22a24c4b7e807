package no.vern.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail, from the environment (README, docs/mail.md). Mail is sent only when both {@code
 * smtp.host} and {@code from} are set; until then it stays queued and the admin page says so.
 *
 * @param aeadKeyset the outbox's Tink AEAD keyset as JSON from a secrets manager; when blank, the
 *     file {@code vern.keys.dir/mail/aead-keyset.json}, generated on the first start
 * @param sentRetention how long the metadata of a sent or given-up mail is kept
 * @param failedContentRetention how long a given-up mail keeps its encrypted recipient and contents
 *     so that an administrator can retry it
 * @param retentionCron when the retention sweep runs (Spring cron with seconds, UTC)
 */
@ConfigurationProperties("vern.mail")
record MailSettings(
    @DefaultValue("") String from,
    @DefaultValue("") String aeadKeyset,
    @DefaultValue Smtp smtp,
    @DefaultValue Dispatch dispatch,
    @DefaultValue("365d") Duration sentRetention,
    @DefaultValue("30d") Duration failedContentRetention,
    @DefaultValue("0 41 3 * * *") String retentionCron) {

  /**
   * @param starttls on: the connection must be upgraded with STARTTLS or nothing is sent (never a
   *     silent fall-back to clear text); off: plain SMTP, for a relay on the same host or network
   * @param timeout for connecting, reading and writing each; bounds how long one send can take
   */
  record Smtp(
      @DefaultValue("") String host,
      @DefaultValue("587") int port,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      @DefaultValue("true") boolean starttls,
      @DefaultValue("30s") Duration timeout) {

    @Override
    public String toString() {
      return "Smtp[" + host + ":" + port + ", starttls=" + starttls + "]";
    }
  }

  /**
   * @param scheduled whether the dispatcher runs by itself every {@code interval} (tests turn it
   *     off and call it)
   * @param interval the pause between the end of one dispatch run and the start of the next
   * @param lease how long a claimed mail belongs to one dispatcher; must exceed the longest send
   */
  record Dispatch(
      @DefaultValue("true") boolean scheduled,
      @DefaultValue("10s") Duration interval,
      @DefaultValue("20") int batchSize,
      @DefaultValue("20") int maxAttempts,
      @DefaultValue("30s") Duration initialBackoff,
      @DefaultValue("1h") Duration maxBackoff,
      @DefaultValue("5m") Duration lease) {}

  boolean configured() {
    return !smtp.host().isBlank() && !from.isBlank();
  }

  /** The longest one send may take: connect, write and read, each bounded by the timeout. */
  Duration longestSend() {
    return smtp.timeout().multipliedBy(3);
  }

  @Override
  public String toString() {
    return "MailSettings[" + smtp + ", " + dispatch + "]";
  }
}
