package no.vern.shared.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A phone number in E.164 form ({@code +} country code and national number), read with
 * libphonenumber's numbering plans, so that {@code +44 (0)20 7946 0000} and {@code +44 20 7946
 * 0000} are one number and one blind index. Numbers without {@code +} or {@code 00} are read as
 * Norwegian, and a Norwegian number has eight digits.
 */
public final class PhoneNumber {

  private static final PhoneNumberUtil PLANS = PhoneNumberUtil.getInstance();
  private static final int NORWAY = 47;

  /**
   * Digits after an optional +, once the usual separators are gone. Checked before libphonenumber
   * because it reads more than people mean: letters as keypad digits ({@code 400 00 OOO}), {@code
   * tel:} URIs and extensions, each of which would index a number the person did not write.
   */
  private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9]+");

  private final String value;

  private PhoneNumber(String value) {
    this.value = value;
  }

  /** Parses after removing whitespace, dashes, dots, slashes and parentheses. */
  public static Parsed<PhoneNumber> parse(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required("a phone number"));
    }
    String compact = Digits.strip(raw, "-.()/");
    if (!WRITTEN.matcher(compact).matches()) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "A phone number has only digits after an optional +."));
    }
    boolean national = !compact.startsWith("+") && !compact.startsWith("00");
    Phonenumber.PhoneNumber number;
    try {
      number = PLANS.parse(compact, "NO");
    } catch (NumberParseException e) {
      return Parsed.invalid(refused(e.getErrorType(), national));
    }
    // libphonenumber also knows Norway's five-digit service numbers; a person's number has eight.
    if (number.getCountryCode() == NORWAY
        && PLANS.getNationalSignificantNumber(number).length() != 8) {
      return Parsed.invalid(norwegianLength(national));
    }
    return switch (PLANS.isPossibleNumberWithReason(number)) {
      case IS_POSSIBLE ->
          PLANS.isValidNumber(number)
              ? Parsed.valid(new PhoneNumber(PLANS.format(number, PhoneNumberFormat.E164)))
              : Parsed.invalid(
                  new Reason(
                      Reason.NUMBER_RANGE,
                      "No such number is given out in that country: check the digits."));
      case INVALID_COUNTRY_CODE -> Parsed.invalid(noCountry());
      default ->
          Parsed.invalid(
              new Reason(
                  Reason.LENGTH,
                  "This number has too few or too many digits for its country code."));
    };
  }

  private static Reason refused(NumberParseException.ErrorType error, boolean national) {
    return switch (error) {
      case INVALID_COUNTRY_CODE -> noCountry();
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN, TOO_LONG ->
          national
              ? norwegianLength(true)
              : new Reason(Reason.LENGTH, "Give the whole number after the country code.");
      case NOT_A_NUMBER ->
          new Reason(Reason.FORMAT, "A phone number has only digits after an optional +.");
    };
  }

  private static Reason noCountry() {
    return new Reason(Reason.FORMAT, "No country has this code; check what follows the +.");
  }

  private static Reason norwegianLength(boolean national) {
    return new Reason(
        Reason.LENGTH,
        national
            ? "A Norwegian number has eight digits; start other numbers with + and the country"
                + " code."
            : "A Norwegian number has eight digits after +47.");
  }

  /** The number in E.164 form, such as {@code +4799999999}. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PhoneNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked: the number is personal data. */
  @Override
  public String toString() {
    return "PhoneNumber[***]";
  }
}
