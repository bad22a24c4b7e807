package no.vern.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * Signed links: {@code base64url(payload) "." base64url(HMAC)}. An unsubscribe token names the
 * recipient (subject id) and the list and never expires (RFC 8058 links must work in old mail); a
 * preference token names the subject and when it expires. Checking one is a MAC computation, no
 * database look-up, and a token altered in any character fails.
 */
@Component
class LinkTokens {

  /** What an unsubscribe token names. */
  record Unsubscribe(SubjectId subject, String list) {}

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  private static final int MAX_LENGTH = 300;

  private final NewsletterKeys keys;

  LinkTokens(NewsletterKeys keys) {
    this.keys = keys;
  }

  String unsubscribe(SubjectId subject, String list) {
    return sign("unsubscribe", "u|" + subject.value() + "|" + list);
  }

  Optional<Unsubscribe> readUnsubscribe(String token) {
    return verified("unsubscribe", token)
        .filter(p -> p.startsWith("u|"))
        .map(p -> p.split("\\|", 3))
        .filter(parts -> parts.length == 3)
        .flatMap(parts -> uuid(parts[1]).map(id -> new Unsubscribe(new SubjectId(id), parts[2])));
  }

  String preferences(SubjectId subject, Instant expires) {
    return sign("preferences", "p|" + subject.value() + "|" + expires.getEpochSecond());
  }

  /** The subject of a preference token that has not expired at {@code now}. */
  Optional<SubjectId> readPreferences(String token, Instant now) {
    return verified("preferences", token)
        .filter(p -> p.startsWith("p|"))
        .map(p -> p.split("\\|", 3))
        .filter(parts -> parts.length == 3 && parts[2].matches("[0-9]{1,12}"))
        .filter(parts -> now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[2]))))
        .flatMap(parts -> uuid(parts[1]).map(SubjectId::new));
  }

  private String sign(String label, String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(keys.mac(label, payload));
  }

  private Optional<String> verified(String label, String token) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    try {
      String payload = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      DECODE.decode(token.substring(dot + 1));
      // The whole token must be the one spelling Vern signs: base64 with unused low bits set (the
      // last character changed from A to B, say) decodes to the same bytes, so comparing decoded
      // MACs alone would accept altered tokens. Constant time, as for any MAC comparison.
      byte[] expected = sign(label, payload).getBytes(StandardCharsets.US_ASCII);
      return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), expected)
          ? Optional.of(payload)
          : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
