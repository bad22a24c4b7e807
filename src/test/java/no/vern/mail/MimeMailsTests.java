package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeMailsTests {

  private final Session session = Session.getInstance(new Properties());
  private final String to = MailFixtures.freshAddress();
  private final Instant at = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void aFullMailIsMixedWithAlternativeTextAndHtmlAndTheAttachment() throws Exception {
    MimeMessage sent = roundTrip(build(new RenderedMail("Emne", "Tekst", "<p>Tekst</p>")));

    assertThat(sent.getMessageID()).isEqualTo("<fixed@example.invalid>");
    assertThat(sent.getHeader("Content-Language", null)).isEqualTo("nb");
    assertThat(sent.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    assertThat(sent.getHeader("List-Unsubscribe", null)).contains("/u/synthetic-token");
    assertThat(sent.getSentDate().toInstant()).isEqualTo(at);
    assertThat(sent.getFrom()[0].toString()).isEqualTo("Vern <vern@example.invalid>");
    assertThat(sent.getContentType()).startsWith("multipart/mixed");

    Multipart mixed = (Multipart) sent.getContent();
    Multipart alternative = findAlternative(mixed);
    assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
    Part receipt = mixed.getBodyPart(mixed.getCount() - 1);
    assertThat(receipt.getFileName()).isEqualTo("receipt.jws");
    assertThat(receipt.isMimeType("application/jose")).isTrue();
    assertThat(receipt.getInputStream().readAllBytes()).isEqualTo(MailFixtures.receipt());
  }

  @Test
  void theMessageIdStaysWhatTheOutboxFixedThroughEverySave() throws Exception {
    MimeMessage message = build(RenderedMail.text("Emne", "Tekst"));
    message.saveChanges();
    message.saveChanges();
    assertThat(message.getMessageID()).isEqualTo("<fixed@example.invalid>");
    assertThat(roundTrip(message).getMessageID()).isEqualTo("<fixed@example.invalid>");
  }

  @Test
  void plainTextAloneIsNotMultipart() throws Exception {
    MimeMessage sent =
        roundTrip(
            MimeMails.build(
                session,
                "vern@example.invalid",
                "<plain@example.invalid>",
                to,
                Language.EN,
                MailContent.of(MailFixtures.plain(to)),
                at,
                false));
    assertThat(sent.isMimeType("text/plain")).isTrue();
    assertThat(sent.getHeader("Content-Language", null)).isEqualTo("en");
  }

  private MimeMessage build(RenderedMail words) throws Exception {
    return MimeMails.build(
        session,
        "Vern <vern@example.invalid>",
        "<fixed@example.invalid>",
        to,
        Language.NB,
        MailContent.of(MailFixtures.full(to, words)),
        at,
        false);
  }

  /** The message as a receiver parses it from the bytes on the wire. */
  private MimeMessage roundTrip(MimeMessage message) throws Exception {
    message.saveChanges();
    var out = new ByteArrayOutputStream();
    message.writeTo(out);
    return new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
  }

  private static Multipart findAlternative(Multipart mixed) throws Exception {
    for (int i = 0; i < mixed.getCount(); i++) {
      if (mixed.getBodyPart(i).isMimeType("multipart/alternative")) {
        return (Multipart) mixed.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no multipart/alternative part");
  }
}
