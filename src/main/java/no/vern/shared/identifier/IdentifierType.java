package no.vern.shared.identifier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of identifier a data subject can be found by. The {@code code} is stable (it names the
 * API's fields and may be persisted next to a blind index), and {@link #normalise} gives the form
 * that is indexed, so that the same identifier typed two ways finds the same person.
 */
public enum IdentifierType {
  EMAIL("email", raw -> EmailAddress.parse(raw).map(EmailAddress::normalised)),
  PHONE("phone", raw -> PhoneNumber.parse(raw).map(PhoneNumber::value)),
  NATIONAL_ID(
      "nationalId", raw -> NationalIdentityNumber.parse(raw).map(NationalIdentityNumber::value)),
  CUSTOMER_NUMBER("customerNumber", raw -> reference(raw, "a customer number")),
  CASE_NUMBER("caseNumber", raw -> reference(raw, "a case number")),
  BANK_ACCOUNT("bankAccount", raw -> BankAccountNumber.parse(raw).map(BankAccountNumber::value)),
  ORGANISATION_NUMBER(
      "organisationNumber", raw -> OrganisationNumber.parse(raw).map(OrganisationNumber::value));

  private final String code;
  private final Function<@Nullable String, Parsed<String>> normaliser;

  IdentifierType(String code, Function<@Nullable String, Parsed<String>> normaliser) {
    this.code = code;
    this.normaliser = normaliser;
  }

  public String code() {
    return code;
  }

  public static Optional<IdentifierType> fromCode(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }

  /**
   * The normalised form of {@code raw}, or why it is not a valid identifier of this type. Synthetic
   * national identity numbers are refused; see {@link #normalise(String, boolean)}.
   */
  public Parsed<String> normalise(@Nullable String raw) {
    return normaliser.apply(raw);
  }

  /** As {@link #normalise(String)}, with synthetic national identity numbers allowed or not. */
  public Parsed<String> normalise(@Nullable String raw, boolean allowSynthetic) {
    if (this == NATIONAL_ID) {
      return NationalIdentityNumber.parse(raw, allowSynthetic).map(NationalIdentityNumber::value);
    }
    return normalise(raw);
  }

  /**
   * Customer and case numbers are the controller's own, with no check digit we know of: only
   * whitespace and letter case are made irrelevant, since people type "ab 123" for "AB123".
   */
  private static Parsed<String> reference(@Nullable String raw, String what) {
    if (raw == null || raw.isBlank()) {
      return Parsed.invalid(Reason.required(what));
    }
    return Parsed.valid(Digits.strip(raw, "").toUpperCase(Locale.ROOT));
  }
}
