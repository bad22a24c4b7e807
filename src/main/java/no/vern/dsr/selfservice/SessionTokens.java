package no.vern.dsr.selfservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * A session is {@code base64url("s|" subject "|" expiry) "." base64url(HMAC)}: it names the person
 * and when it ends, and is checked by recomputing the MAC over the exact text (constant time).
 */
@Component
class SessionTokens {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  private static final int MAX_LENGTH = 200;

  private final SessionKeys keys;

  SessionTokens(SessionKeys keys) {
    this.keys = keys;
  }

  String issue(SubjectId subject, Instant expires) {
    String payload = "s|" + subject.value() + "|" + expires.getEpochSecond();
    return ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + ENCODE.encodeToString(keys.mac(payload));
  }

  Optional<SubjectId> read(String token, Instant now) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    String payload;
    try {
      payload = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] parts = payload.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals("s") || !parts[2].matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    // The whole token must be the one spelling Vern signs (see newsletter.LinkTokens for why).
    String expected =
        ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + ENCODE.encodeToString(keys.mac(payload));
    if (!MessageDigest.isEqual(
        token.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SubjectId(UUID.fromString(parts[1])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
