package no.vern.shared.identifier;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Norwegian national identity number: fødselsnummer, D-nummer, H-nummer or a synthetic test
 * number, 11 digits {@code DDMMYY III K1 K2} (DOMAIN.md, "Norwegian identifiers").
 *
 * <p>Checked are the format, a real day and month once the offsets are removed, and both control
 * digits under the classic rule and the rule for numbers issued from 2032. Individual-number and
 * century ranges and future dates are deliberately not checked: the issuing authority's own
 * validator does not, and the 2032 rule makes the century unreadable anyway.
 */
public final class NationalIdentityNumber {

  /** What kind of number it is, read from the offsets on day and month. */
  public enum Kind {
    // ASCII only, as Google Java Style requires of identifiers; the Norwegian name is in the doc.
    /** Fødselsnummer: an ordinary birth number. */
    FODSELSNUMMER,
    /** D-nummer: day + 40, for people who are not (yet) registered as resident. */
    D_NUMMER,
    /** H-nummer: month + 40, an auxiliary number assigned by the health services. */
    H_NUMMER,
    /** Skatteetaten's Tenor test numbers: month + 80 (with or without the D-nummer day offset). */
    SYNTHETIC
  }

  private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final String value;
  private final Kind kind;

  private NationalIdentityNumber(String value, Kind kind) {
    this.value = value;
    this.kind = kind;
  }

  /** Parses with synthetic numbers refused, as in production. */
  public static Parsed<NationalIdentityNumber> parse(@Nullable String raw) {
    return parse(raw, false);
  }

  /**
   * Parses after removing spaces, dots and dashes. Synthetic numbers are accepted only when {@code
   * allowSynthetic} is set, which a test or demo installation configures.
   */
  public static Parsed<NationalIdentityNumber> parse(@Nullable String raw, boolean allowSynthetic) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required("a national identity number"));
    }
    String digits = Digits.strip(raw, ".-");
    if (!Digits.only(digits)) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "A national identity number contains only digits."));
    }
    if (digits.length() != 11) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "A national identity number has exactly 11 digits."));
    }
    List<Reason> reasons = new ArrayList<>();
    Kind kind = kindOf(digits);
    if (!realDate(digits)) {
      reasons.add(
          new Reason(
              Reason.DATE,
              "The first six digits must be a real date (DDMMYY), allowing for the D-nummer and"
                  + " H-nummer offsets."));
    }
    if (!controlDigitsHold(digits)) {
      reasons.add(
          new Reason(
              Reason.CONTROL_DIGIT,
              "The control digits do not match; check the number for a mistyped digit."));
    }
    if (kind == Kind.SYNTHETIC && !allowSynthetic) {
      reasons.add(
          new Reason(
              Reason.SYNTHETIC_NOT_ALLOWED,
              "This is a synthetic test number (month + 80); enter a real national identity"
                  + " number."));
    }
    return reasons.isEmpty()
        ? Parsed.valid(new NationalIdentityNumber(digits, kind))
        : Parsed.invalid(reasons);
  }

  /**
   * Whether exactly these 11 digits (nothing removed) could be a national identity number of any
   * kind, synthetic included: the text screener flags them whether or not they may be stored.
   */
  public static boolean looksLike(String digits11) {
    return digits11 != null
        && digits11.length() == 11
        && Digits.only(digits11)
        && realDate(digits11)
        && controlDigitsHold(digits11);
  }

  private static Kind kindOf(String digits) {
    int month = Integer.parseInt(digits.substring(2, 4));
    if (month > 80) {
      return Kind.SYNTHETIC;
    }
    if (month > 40) {
      return Kind.H_NUMMER;
    }
    return Digits.at(digits, 0) >= 4 ? Kind.D_NUMMER : Kind.FODSELSNUMMER;
  }

  private static boolean realDate(String digits) {
    int day = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int year = Integer.parseInt(digits.substring(4, 6));
    if (day > 40) {
      day -= 40;
    }
    if (month > 80) {
      month -= 80;
    } else if (month > 40) {
      month -= 40;
    }
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    // The century is unknown, so a two-digit year divisible by 4 counts as a leap year (DOMAIN.md).
    int last = month == 2 && year % 4 != 0 ? 28 : DAYS_IN_MONTH[month - 1];
    return day <= last;
  }

  /**
   * K1 passes when {@code (S1 + K1) mod 11} is 0 (classic) or 1, 2 or 3 (numbers from 2032); K2
   * always needs {@code (S2 + K2) mod 11 == 0}.
   */
  private static boolean controlDigitsHold(String digits) {
    int k1Remainder = (Digits.weightedSum(digits, K1_WEIGHTS) + Digits.at(digits, 9)) % 11;
    int k2Remainder = (Digits.weightedSum(digits, K2_WEIGHTS) + Digits.at(digits, 10)) % 11;
    return k1Remainder <= 3 && k2Remainder == 0;
  }

  /** The 11 digits, without separators. */
  public String value() {
    return value;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NationalIdentityNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked: the number is personal data and must never reach a log. */
  @Override
  public String toString() {
    return "NationalIdentityNumber[***]";
  }
}
