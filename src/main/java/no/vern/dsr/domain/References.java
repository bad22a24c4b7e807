package no.vern.dsr.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * References a person can quote on the phone: {@code R-} and eight characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L). Random, not counted, so a reference tells nothing about how
 * many requests there are and cannot be guessed from another one.
 */
public final class References {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final RandomGenerator RANDOM = new SecureRandom();

  private References() {}

  public static String next() {
    StringBuilder reference = new StringBuilder("R-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }

  /** One-time codes: six digits, as people type them from a phone. */
  public static String code() {
    return String.format(java.util.Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
  }
}
