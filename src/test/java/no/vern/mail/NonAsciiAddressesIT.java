package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import java.time.Clock;
import java.util.UUID;
import no.vern.audit.AuditTrail;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding 6 of issue 10: a non-ASCII address may have gone out as {@code ?@example.no}. Addresses
 * now go out in UTF-8 where the server offers SMTPUTF8, with the domain in its ASCII form always,
 * and a non-ASCII local part is refused with a reason, not mangled, where the server does not.
 */
@VernTest
class NonAsciiAddressesIT {

  @Autowired ApplicationContext context;
  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired OutboxRows rows;
  @Autowired MailCipher cipher;
  @Autowired MailSettings settings;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  @Test
  void aNonAsciiLocalPartArrivesAsTypedWhereTheServerOffersSmtpUtf8() {
    String to = "k\u00e5re." + UUID.randomUUID() + "@example.invalid";
    MailId id = enqueue(to);

    MailDelivery.dispatchAllDue(context);

    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENT);
    assertThat(TestSmtpServer.deliveredTo(to)).as("delivered to the envelope address").isEqualTo(1);
  }

  @Test
  void anInternationalisedDomainArrivesUnderItsAsciiForm() {
    String local = "ola." + UUID.randomUUID();
    MailId id = enqueue(local + "@eksempel-\u00f8.invalid");

    MailDelivery.dispatchAllDue(context);

    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENT);
    String ascii = local + "@" + IDN.toASCII("eksempel-\u00f8.invalid");
    assertThat(ascii).contains("@xn--");
    assertThat(TestSmtpServer.deliveredTo(ascii)).isEqualTo(1);
  }

  @Test
  void withoutSmtpUtf8ANonAsciiLocalPartIsRefusedWithAReasonAndAnIdnDomainStillGoesOut()
      throws Exception {
    String tag = UUID.randomUUID().toString();
    String refused = "k\u00e5re." + tag + "@example.invalid";
    String local = "ola." + UUID.randomUUID();
    MailId refusedId = enqueue(refused);
    MailId idnId = enqueue(local + "@eksempel-\u00f8.invalid");

    try (var relay = new NoSmtpUtf8Relay(settings.smtp().port())) {
      MailSettings viaRelay = throughPort(relay.port());
      var dispatcher =
          new MailDispatcher(rows, cipher, new SmtpTransport(viaRelay), viaRelay, audit, clock);
      dispatcher.dispatchDue();
    }

    MailStatus status = outbox.status(refusedId).orElseThrow();
    assertThat(status.state())
        .as("given up at once: retrying cannot help")
        .isEqualTo(MailState.FAILED);
    assertThat(status.lastError()).isEqualTo("NeedsSmtpUtf8Exception");
    assertThat(TestSmtpServer.received())
        .as("nothing went out for the refused address, mangled or not")
        .noneMatch(m -> recipients(m).contains(tag));
    assertThat(outbox.status(idnId).orElseThrow().state()).isEqualTo(MailState.SENT);
    assertThat(TestSmtpServer.deliveredTo(local + "@" + IDN.toASCII("eksempel-\u00f8.invalid")))
        .isEqualTo(1);
  }

  private MailId enqueue(String to) {
    return new TransactionTemplate(transactions)
        .execute(s -> outbox.enqueue(MailFixtures.plain(to)));
  }

  private MailSettings throughPort(int port) {
    var smtp = settings.smtp();
    return new MailSettings(
        settings.from(),
        settings.aeadKeyset(),
        new MailSettings.Smtp(
            smtp.host(), port, smtp.username(), smtp.password(), false, smtp.timeout()),
        settings.dispatch(),
        settings.sentRetention(),
        settings.failedContentRetention(),
        settings.retentionCron());
  }

  private static String recipients(jakarta.mail.internet.MimeMessage message) {
    try {
      return java.util.Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
