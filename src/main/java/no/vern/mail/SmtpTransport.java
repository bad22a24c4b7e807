package no.vern.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * SMTP through Spring's {@link JavaMailSenderImpl}, configured from {@link MailSettings}. One
 * connection carries a claimed batch; each mail is handed over on its own, so the dispatcher can
 * record each acceptance at once. Every network step has a timeout: a hung server must not outlive
 * the dispatcher's lease.
 */
@Component
class SmtpTransport {

  /** Opens the connection that {@link JavaMailSenderImpl} keeps to itself. */
  private static final class Sender extends JavaMailSenderImpl {
    Transport open() throws MessagingException {
      return connectTransport();
    }
  }

  /** One open SMTP connection. */
  static final class Connection implements AutoCloseable {
    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    /** Returns once the server accepted the mail (250 after DATA); throws otherwise. */
    void send(MimeMessage message) throws MessagingException {
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    boolean open() {
      return transport.isConnected();
    }

    /** Whether the server offered SMTPUTF8 (RFC 6531) in its EHLO answer. */
    boolean smtpUtf8() {
      return transport instanceof SMTPTransport smtp && smtp.supportsExtension("SMTPUTF8");
    }

    @Override
    public void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        // The mails are recorded already; a failed QUIT changes nothing.
      }
    }
  }

  private static final Logger log = LoggerFactory.getLogger(SmtpTransport.class);
  private final MailSettings settings;
  private final Sender sender = new Sender();

  SmtpTransport(MailSettings settings) {
    this.settings = settings;
    if (!settings.configured()) {
      log.warn(
          "Mail is not configured (VERN_SMTP_HOST and VERN_MAIL_FROM): mails are queued, not sent");
    }
    MailSettings.Smtp smtp = settings.smtp();
    sender.setHost(smtp.host());
    sender.setPort(smtp.port());
    sender.setDefaultEncoding("UTF-8");
    if (!smtp.username().isBlank()) {
      sender.setUsername(smtp.username());
      sender.setPassword(smtp.password());
    }
    String millis = Long.toString(smtp.timeout().toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.auth", Boolean.toString(!smtp.username().isBlank()));
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.starttls()));
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    // Addresses (envelope and headers) in UTF-8, and SMTPUTF8 asked for, where the server offers
    // it; without this a non-ASCII local part went out as other bytes. Where the server does not
    // offer it, SmtpAddresses refuses such an address before anything is sent.
    properties.setProperty("mail.mime.allowutf8", "true");
    sender.setJavaMailProperties(properties);
  }

  boolean configured() {
    return settings.configured();
  }

  Session session() {
    return sender.getSession();
  }

  Connection connect() throws MessagingException {
    return new Connection(sender.open());
  }
}
