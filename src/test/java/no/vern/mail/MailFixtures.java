package no.vern.mail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.vern.shared.identifier.EmailAddress;

/** Mails with obviously fake recipients and contents, each to a fresh address. */
final class MailFixtures {

  private MailFixtures() {}

  static String freshAddress() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }

  static EmailAddress address(String raw) {
    return EmailAddress.parse(raw).orElseThrow();
  }

  static OutgoingMail plain(String to) {
    return OutgoingMail.of(
        "mail.test",
        address(to),
        Language.EN,
        RenderedMail.text("Synthetic subject", "Synthetic body for a test."));
  }

  /** A mail as a newsletter with a receipt would be: both RFC 8058 headers and a JWS. */
  static OutgoingMail full(String to, RenderedMail words) {
    return OutgoingMail.of("mail.test", address(to), Language.NB, words)
        .withHeader(
            "List-Unsubscribe",
            "<https://vern.example.invalid/u/synthetic-token>, <mailto:u@example.invalid>")
        .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
        .withAttachment(new Attachment("receipt.jws", "application/jose", receipt()));
  }

  static byte[] receipt() {
    return "eyJhbGciOiJFZERTQSJ9.eyJzeW50aGV0aWMiOnRydWV9.c2lnbmF0dXJl"
        .getBytes(StandardCharsets.US_ASCII);
  }
}
