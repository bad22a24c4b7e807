package no.vern.intake.domain.screening;

/**
 * Synthetic numbers for screening tests. National identity numbers are Tenor-style (month + 80), so
 * none can be a real person's; the check digits are computed here, independently of production.
 */
final class ScreeningFixtures {

  private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /** Test card numbers published by the card schemes for exactly this use. */
  static final String VISA_TEST = "4111 1111 1111 1111";

  static final String MASTERCARD_TEST = "5555555555554444";

  /** The example account number that banks print in their own instructions. */
  static final String ACCOUNT_EXAMPLE = "1234.56.78903";

  private ScreeningFixtures() {}

  /** A synthetic number for day {@code dd} of month {@code mm} (1-12) of year {@code yy}. */
  static String syntheticNationalId(int dd, int mm, int yy) {
    for (int individual = 100; individual < 1000; individual++) {
      String nine = String.format("%02d%02d%02d%03d", dd, mm + 80, yy, individual);
      int k1 = Math.floorMod(-sum(nine, K1), 11);
      if (k1 == 10) {
        continue;
      }
      int k2 = Math.floorMod(-sum(nine + k1, K2), 11);
      if (k2 != 10) {
        return nine + k1 + k2;
      }
    }
    throw new IllegalStateException("no synthetic number for that date");
  }

  private static int sum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (digits.charAt(i) - '0');
    }
    return sum;
  }
}
