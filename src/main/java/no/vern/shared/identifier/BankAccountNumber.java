package no.vern.shared.identifier;

import java.math.BigInteger;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Norwegian bank account number (kontonummer): 11 digits, the last a mod-11 check digit over
 * weights 5 4 3 2 7 6 5 4 3 2 (DOMAIN.md). Also accepted as a Norwegian IBAN, {@code NO} + two ISO
 * 13616 check digits + the 11 digits, since people copy either from their bank.
 */
public final class BankAccountNumber {

  private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
  // "NO" with each letter as its ISO 13616 number (A = 10 ... N = 23, O = 24).
  private static final String NO_AS_DIGITS = "2324";

  private final String value;

  private BankAccountNumber(String value) {
    this.value = value;
  }

  /** Parses 11 digits or a Norwegian IBAN, after removing spaces and dots. */
  public static Parsed<BankAccountNumber> parse(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required("a bank account number"));
    }
    String compact = Digits.strip(raw, ".").toUpperCase(Locale.ROOT);
    if (compact.length() >= 2 && Character.isLetter(compact.charAt(0))) {
      return parseIban(compact);
    }
    return parseDigits(compact);
  }

  private static Parsed<BankAccountNumber> parseIban(String iban) {
    if (!iban.startsWith("NO")) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "Only Norwegian accounts are accepted: an IBAN starts NO."));
    }
    String rest = iban.substring(2);
    if (!Digits.only(rest)) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "A Norwegian IBAN is NO followed by 13 digits."));
    }
    if (rest.length() != 13) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "A Norwegian IBAN has 15 characters: NO and 13 digits."));
    }
    String account = rest.substring(2);
    // ISO 13616: move country and check digits to the end, letters to numbers, then mod 97 is 1.
    var number = new BigInteger(account + NO_AS_DIGITS + rest.substring(0, 2));
    if (number.mod(NINETY_SEVEN).intValue() != 1) {
      return Parsed.invalid(
          new Reason(
              Reason.CONTROL_DIGIT,
              "The IBAN check digits do not match; check the IBAN for a mistyped digit."));
    }
    return parseDigits(account);
  }

  private static Parsed<BankAccountNumber> parseDigits(String digits) {
    if (!Digits.only(digits)) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "A bank account number contains only digits."));
    }
    if (digits.length() != 11) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "A bank account number has exactly 11 digits."));
    }
    // Checked before the check digit because all zeros would otherwise pass it.
    if (digits.startsWith("0000")) {
      return Parsed.invalid(
          new Reason(Reason.BANK_CODE, "The first four digits (the bank's code) cannot be 0000."));
    }
    if (Digits.mod11(Digits.weightedSum(digits, WEIGHTS)) != Digits.at(digits, 10)) {
      return Parsed.invalid(
          new Reason(
              Reason.CONTROL_DIGIT,
              "The check digit does not match; check the account number for a mistyped digit."));
    }
    return Parsed.valid(new BankAccountNumber(digits));
  }

  /** The 11 digits, without separators. */
  public String value() {
    return value;
  }

  /** The IBAN form, {@code NO} + check digits + the 11 digits, without spaces. */
  public String iban() {
    int check = 98 - new BigInteger(value + NO_AS_DIGITS + "00").mod(NINETY_SEVEN).intValue();
    return String.format(Locale.ROOT, "NO%02d%s", check, value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BankAccountNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked: account numbers are personal data and never appear in clear text in logs. */
  @Override
  public String toString() {
    return "BankAccountNumber[***]";
  }
}
