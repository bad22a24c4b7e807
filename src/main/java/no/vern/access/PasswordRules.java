package no.vern.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** What a password must look like, and the one-time password of the first start. */
final class PasswordRules {

  static final int MIN_LENGTH = 12;
  // bcrypt reads only the first 72 bytes; longer would give a false sense of strength.
  static final int MAX_BYTES = 72;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordRules() {}

  /** The message key of what is wrong with the password, or empty when it is acceptable. */
  static Optional<String> problem(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("access.password.tooShort");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("access.password.tooLong");
    }
    return Optional.empty();
  }

  /** 24 characters of base64url: 144 random bits. */
  static String oneTimePassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
