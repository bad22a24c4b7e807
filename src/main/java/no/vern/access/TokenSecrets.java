package no.vern.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * API token secrets: {@code vern_} followed by 32 random bytes in base64url, 256 bits of entropy.
 *
 * <p>Only a SHA-256 of the secret is stored. A fast, unsalted hash is the right tool here, unlike
 * for passwords: nobody can guess a 256-bit random value, so there is nothing for a slow hash or a
 * salt to protect against, and a fast hash keeps every API call cheap and lets the database find a
 * token by an exact index lookup.
 */
final class TokenSecrets {

  static final String PREFIX = "vern_";
  private static final int DISPLAY_LENGTH = 12;
  private static final Pattern PLAUSIBLE = Pattern.compile("vern_[A-Za-z0-9_-]{16,200}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a presented value could be a Vern token at all, before touching the database. */
  static boolean plausible(String secret) {
    return secret != null && PLAUSIBLE.matcher(secret).matches();
  }

  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }

  /** The start of the secret, enough for a person to tell their tokens apart in a list. */
  static String displayPrefix(String secret) {
    return secret.substring(0, Math.min(DISPLAY_LENGTH, secret.length()));
  }
}
