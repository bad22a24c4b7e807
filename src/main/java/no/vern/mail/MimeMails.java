package no.vern.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of a mail: {@code multipart/mixed} holding {@code multipart/alternative}
 * (plain text and HTML) and the attachments; plain text alone when there is neither. The Message-ID
 * is the one fixed at enqueue, on every attempt.
 */
final class MimeMails {

  /** Keeps the outbox's Message-ID where jakarta.mail would make a new one on every save. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  private MimeMails() {}

  /**
   * @param smtpUtf8 whether the server offers SMTPUTF8: without it an address with a non-ASCII
   *     local part is refused ({@link SmtpAddresses})
   */
  static MimeMessage build(
      Session session,
      String from,
      String messageId,
      String to,
      Language language,
      MailContent content,
      Instant at,
      boolean smtpUtf8)
      throws Exception {
    MimeMessage message = new StableIdMessage(session, messageId);
    RenderedMail words = content.words();
    boolean multipart = words.html() != null || !content.attachments().isEmpty();
    // Mixed, not Spring's default mixed/related: there are no inline images to relate.
    MimeMessageHelper helper =
        new MimeMessageHelper(
            message,
            multipart
                ? MimeMessageHelper.MULTIPART_MODE_MIXED
                : MimeMessageHelper.MULTIPART_MODE_NO,
            "UTF-8");
    helper.setFrom(SmtpAddresses.sender(from, smtpUtf8));
    helper.setTo(SmtpAddresses.forServer(to, smtpUtf8));
    helper.setSubject(words.subject());
    if (words.html() != null) {
      helper.setText(words.text(), words.html());
    } else {
      helper.setText(words.text(), false);
    }
    for (Attachment attachment : content.attachments()) {
      helper.addAttachment(
          attachment.filename(),
          new ByteArrayResource(attachment.content()),
          attachment.contentType());
    }
    helper.setSentDate(Date.from(at));
    message.setHeader("Content-Language", language.tag());
    for (Header header : content.headers()) {
      message.addHeader(header.name(), header.value());
    }
    return message;
  }
}
