package no.vern.shared.identifier;

import java.util.function.IntFunction;

/**
 * Builds valid identifiers by computing their check digits, so no test depends on a real person's
 * number. The arithmetic is written out again here, independently of the production code, so that a
 * mistake in one does not hide in the other.
 */
public final class IdentifierFixtures {

  private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] ACCOUNT = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] ORGANISATION = {3, 2, 7, 6, 5, 4, 3, 2};

  private IdentifierFixtures() {}

  /**
   * A national identity number for {@code ddmmyy} (offsets included) and a three-digit individual
   * number, with K1 chosen so that {@code (S1 + K1) mod 11 == k1Remainder} (0 classic, 1-3 the 2032
   * rule); null when no digit gives that remainder or K2 would be 10.
   */
  public static String nationalId(String ddmmyy, int individual, int k1Remainder) {
    String nine = ddmmyy + String.format("%03d", individual);
    int k1 = Math.floorMod(k1Remainder - sum(nine, K1), 11);
    if (k1 == 10) {
      return null;
    }
    String ten = nine + k1;
    int k2 = Math.floorMod(-sum(ten, K2), 11);
    return k2 == 10 ? null : ten + k2;
  }

  /** The first classic (K1 remainder 0) number for the date, trying individual numbers upward. */
  public static String nationalId(String ddmmyy) {
    return first(individual -> nationalId(ddmmyy, individual, 0));
  }

  /** S1 of the first nine digits mod 11; 1 means the classic rule would need K1 = 10. */
  static int k1SumRemainder(String digits) {
    return sum(digits.substring(0, 9), K1) % 11;
  }

  /** An 11-digit account number: {@code first10} plus its check digit; null if never issued. */
  public static String bankAccount(String first10) {
    int remainder = sum(first10, ACCOUNT) % 11;
    if (remainder == 1) {
      return null;
    }
    return first10 + (remainder == 0 ? 0 : 11 - remainder);
  }

  static int bankAccountSumRemainder(String first10) {
    return sum(first10, ACCOUNT) % 11;
  }

  /** A nine-digit organisation number: {@code first8} plus its check digit; null if invalid. */
  static String organisationNumber(String first8) {
    int remainder = sum(first8, ORGANISATION) % 11;
    if (remainder == 1) {
      return null;
    }
    return first8 + (remainder == 0 ? 0 : 11 - remainder);
  }

  static int organisationSumRemainder(String first8) {
    return sum(first8, ORGANISATION) % 11;
  }

  /** The first non-null result for 0, 1, 2 ... 999. */
  static String first(IntFunction<String> candidate) {
    for (int i = 0; i < 1000; i++) {
      String result = candidate.apply(i);
      if (result != null) {
        return result;
      }
    }
    throw new IllegalStateException("No candidate found");
  }

  /** Replaces the last digit with the next one, which breaks any check digit. */
  static String wrongLastDigit(String digits) {
    int last = digits.charAt(digits.length() - 1) - '0';
    return digits.substring(0, digits.length() - 1) + (last + 1) % 10;
  }

  private static int sum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (digits.charAt(i) - '0');
    }
    return sum;
  }

  /**
   * A valid fødselsnummer with a random date and individual number: about 33 million choices, so
   * tests sharing one database do not meet each other's numbers.
   */
  public static String randomNationalId() {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    String number = null;
    while (number == null) {
      String date =
          String.format(
              "%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(0, 100));
      number = nationalId(date, random.nextInt(1000), 0);
    }
    return number;
  }
}
