package no.vern.shared.identifier;

/**
 * A phone number in E.164 form ({@code +} country code and subscriber number, at most 15 digits).
 * Numbers without a country code are taken as Norwegian when they have eight digits, the only
 * length a Norwegian subscriber number has; anything else needs a {@code +} or {@code 00}.
 */
public final class PhoneNumber {

  private static final String NORWAY = "47";

  private final String value;

  private PhoneNumber(String value) {
    this.value = value;
  }

  /** Parses after removing spaces, dashes, dots and parentheses. */
  public static Parsed<PhoneNumber> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required("a phone number"));
    }
    String compact = Digits.strip(raw, "-.()");
    boolean international = compact.startsWith("+") || compact.startsWith("00");
    String digits = compact.startsWith("+") ? compact.substring(1) : compact;
    if (!Digits.only(digits) || digits.isEmpty()) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "A phone number has only digits after an optional +."));
    }
    if (!international) {
      if (digits.length() != 8) {
        return Parsed.invalid(
            new Reason(
                Reason.LENGTH,
                "A Norwegian number has eight digits; start other numbers with + and the"
                    + " country code."));
      }
      return Parsed.valid(new PhoneNumber("+" + NORWAY + digits));
    }
    if (compact.startsWith("00")) {
      digits = digits.substring(2);
    }
    if (digits.startsWith("0")) {
      return Parsed.invalid(
          new Reason(Reason.FORMAT, "No country code starts with 0; check what follows the +."));
    }
    if (digits.startsWith(NORWAY) && digits.length() != NORWAY.length() + 8) {
      return Parsed.invalid(
          new Reason(Reason.LENGTH, "A Norwegian number has eight digits after +47."));
    }
    if (digits.length() < 8 || digits.length() > 15) {
      return Parsed.invalid(
          new Reason(
              Reason.LENGTH, "An international number has 8 to 15 digits, country code included."));
    }
    return Parsed.valid(new PhoneNumber("+" + digits));
  }

  /** The number in E.164 form, such as {@code +4799999999}. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
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
