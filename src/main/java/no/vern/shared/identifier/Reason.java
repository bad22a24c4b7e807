package no.vern.shared.identifier;

/**
 * Why raw input is not a valid identifier: a stable {@code code} for clients and an English message
 * that says what to fix. Neither ever contains the input, which is personal data.
 */
public record Reason(String code, String message) {

  public static final String REQUIRED = "required";
  public static final String FORMAT = "format";
  public static final String LENGTH = "length";
  public static final String DATE = "date";
  public static final String CONTROL_DIGIT = "control-digit";
  public static final String BANK_CODE = "bank-code";
  public static final String SYNTHETIC_NOT_ALLOWED = "synthetic-not-allowed";

  /** A phone number of the right length in a range its country does not give out. */
  public static final String NUMBER_RANGE = "number-range";

  static Reason required(String what) {
    return new Reason(REQUIRED, "Enter " + what + ".");
  }
}
