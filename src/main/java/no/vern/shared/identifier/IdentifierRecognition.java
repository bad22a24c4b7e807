package no.vern.shared.identifier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which kinds of identifier a value typed into one search field can be, most likely first, so that
 * an admin types an e-mail address, a phone number or a national identity number without choosing
 * its type (issue 16). Only the form is read here; the caller normalises with each type in turn.
 *
 * <ul>
 *   <li>an {@code @}: an e-mail address;
 *   <li>{@code +} or {@code 00} first, or eight digits: a phone number (a Norwegian one has eight);
 *   <li>eleven digits: a national identity number, then a bank account (both use the same mod-11
 *       weights for the last digit, so a valid national identity number is always a valid account
 *       number too, and the person is looked up as either); eleven digits whose national id control
 *       digits fail but whose account check holds are an account number, as is a Norwegian IBAN;
 *   <li>nine digits: an organisation number, then a customer or case number;
 *   <li>anything else: a customer number, then a case number (the controller's own references).
 * </ul>
 *
 * A name is none of these: names are stored encrypted inside records, with no index to search.
 */
public final class IdentifierRecognition {

  private static final List<IdentifierType> REFERENCES =
      List.of(IdentifierType.CUSTOMER_NUMBER, IdentifierType.CASE_NUMBER);

  private IdentifierRecognition() {}

  /** The candidate types in the order to try them; never empty (a blank value reads as e-mail). */
  public static List<IdentifierType> candidates(@Nullable String raw) {
    if (raw == null || raw.isBlank() || raw.contains("@")) {
      return List.of(IdentifierType.EMAIL);
    }
    String compact = Digits.strip(raw, "-.()/");
    if (compact.startsWith("+")) {
      return List.of(IdentifierType.PHONE);
    }
    if (compact.length() == 15
        && compact.regionMatches(true, 0, "NO", 0, 2)
        && Digits.only(compact.substring(2))) {
      return List.of(IdentifierType.BANK_ACCOUNT); // a Norwegian IBAN
    }
    if (!Digits.only(compact)) {
      return REFERENCES;
    }
    if (compact.startsWith("00") || compact.length() == 8) {
      return List.of(IdentifierType.PHONE);
    }
    if (compact.length() == 11) {
      boolean nationalId = NationalIdentityNumber.looksLike(compact);
      boolean account = BankAccountNumber.parse(compact).isValid();
      if (nationalId || !account) {
        // Eleven digits that are neither are most likely a mistyped national id: its reasons say.
        return account
            ? List.of(IdentifierType.NATIONAL_ID, IdentifierType.BANK_ACCOUNT)
            : List.of(IdentifierType.NATIONAL_ID);
      }
      return List.of(IdentifierType.BANK_ACCOUNT);
    }
    if (compact.length() == 9 && OrganisationNumber.isValid(compact)) {
      return List.of(
          IdentifierType.ORGANISATION_NUMBER,
          IdentifierType.CUSTOMER_NUMBER,
          IdentifierType.CASE_NUMBER);
    }
    return REFERENCES;
  }
}
