package no.vern.inventory.domain;

/**
 * The Norwegian organisasjonsnummer: nine digits, the last a mod-11 check digit over weights 3 2 7
 * 6 5 4 3 2; a remainder of 1 is never issued.
 */
public final class OrganisationNumbers {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumbers() {}

  public static boolean valid(String number) {
    if (number == null || !number.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (number.charAt(i) - '0');
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return false;
    }
    int check = remainder == 0 ? 0 : 11 - remainder;
    return check == number.charAt(8) - '0';
  }
}
