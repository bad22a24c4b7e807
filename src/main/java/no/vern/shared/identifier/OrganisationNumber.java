package no.vern.shared.identifier;

import org.jspecify.annotations.Nullable;

/**
 * A Norwegian organisasjonsnummer: nine digits, the last a mod-11 check digit over weights 3 2 7 6
 * 5 4 3 2; a remainder of 1 is never issued; no rule on the first digit (DOMAIN.md).
 */
public final class OrganisationNumber {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private final String value;

  private OrganisationNumber(String value) {
    this.value = value;
  }

  /** Parses after removing spaces and dots, as numbers are often written "974 760 673". */
  public static Parsed<OrganisationNumber> parse(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required("an organisation number"));
    }
    String digits = Digits.strip(raw, ".");
    if (!Digits.only(digits)) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "An organisation number contains only digits."));
    }
    if (digits.length() != 9) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "An organisation number has exactly nine digits."));
    }
    if (!checkDigitHolds(digits)) {
      return Parsed.invalid(
          new Reason(
              Reason.CONTROL_DIGIT,
              "The check digit does not match; check the organisation number for a mistyped"
                  + " digit."));
    }
    return Parsed.valid(new OrganisationNumber(digits));
  }

  /**
   * Whether {@code digits} is already a valid number in normalised form: exactly nine digits,
   * nothing removed. For values that must be stored as written, such as the inventory's.
   */
  public static boolean isValid(String digits) {
    return digits != null && digits.length() == 9 && Digits.only(digits) && checkDigitHolds(digits);
  }

  private static boolean checkDigitHolds(String digits) {
    return Digits.mod11(Digits.weightedSum(digits, WEIGHTS)) == Digits.at(digits, 8);
  }

  /** The nine digits, without separators. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OrganisationNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Masked like the other identifiers although an organisation number is public: a sole
   * proprietorship's number identifies a person, and one rule for all is easier to keep.
   */
  @Override
  public String toString() {
    return "OrganisationNumber[***]";
  }
}
