package no.vern.intake.domain.screening;

/** The Luhn (mod 10) check that every payment card number carries. */
final class Luhn {

  private Luhn() {}

  static boolean holds(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
