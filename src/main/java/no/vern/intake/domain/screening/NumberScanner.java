package no.vern.intake.domain.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.shared.identifier.BankAccountNumber;
import no.vern.shared.identifier.NationalIdentityNumber;

/**
 * Finds national identity, bank account and payment card numbers by their check digits and by how
 * people write them. Precedence for 11 digits: a national identity number first, since its K2 uses
 * the account weights and so every valid one also passes the account check; it is the more
 * sensitive of the two, and both are redacted alike. Ungrouped numbers right after a reference
 * label (KID, invoice, order, case...) are taken as that reference, not as an account or card: KIDs
 * carry mod-10 or mod-11 digits too, and a KID on an invoice is ordinary business text.
 */
final class NumberScanner {

  private static final Pattern IBAN =
      Pattern.compile("(?<![\\p{L}\\p{N}])no\\d{2}(?: ?\\d){11}(?![\\p{L}\\p{N}])");

  private final ReferenceLabels labels = new ReferenceLabels();

  List<Finding> find(NormalisedText text) {
    List<Finding> findings = new ArrayList<>();
    Matcher iban = IBAN.matcher(text.text());
    while (iban.find()) {
      if (BankAccountNumber.parse(iban.group()).isValid()) {
        findings.add(finding(text, Category.BANK_ACCOUNT, iban.start(), iban.end(), "iban"));
      }
    }
    for (NumberCandidate candidate : NumberRuns.in(text.text())) {
      classify(candidate, text.text())
          .ifPresent(
              rule ->
                  findings.add(
                      finding(
                          text, rule.category(), candidate.start(), candidate.end(), rule.name())));
    }
    return findings;
  }

  private record Rule(Category category, String name) {}

  private Optional<Rule> classify(NumberCandidate n, String text) {
    String digits = n.digits();
    boolean reference = n.ungrouped() && labels.referenceBefore(text, n.start());
    if (digits.length() == 11 && (n.ungrouped() || n.groupedAs(6, 5))) {
      if (NationalIdentityNumber.looksLike(digits)) {
        return Optional.of(new Rule(Category.NATIONAL_ID, "national-id"));
      }
    }
    if (digits.length() == 11 && (n.ungrouped() || n.groupedAs(4, 2, 5)) && !reference) {
      if (BankAccountNumber.parse(digits).isValid()) {
        return Optional.of(new Rule(Category.BANK_ACCOUNT, "bank-account-mod11"));
      }
    }
    if (looksLikeCard(n) && !reference && Luhn.holds(digits)) {
      return Optional.of(new Rule(Category.PAYMENT_CARD, "card-luhn"));
    }
    return Optional.empty();
  }

  /** 13 to 19 digits, issuer prefix 2 to 6, written as one run, in fours, or Amex's 4-6-5. */
  private static boolean looksLikeCard(NumberCandidate n) {
    int length = n.digits().length();
    char issuer = n.digits().charAt(0);
    return length >= 13
        && length <= 19
        && issuer >= '2'
        && issuer <= '6'
        && (n.ungrouped() || n.groupedInFours() || n.groupedAs(4, 6, 5) || n.groupedAs(4, 6, 4));
  }

  private static Finding finding(
      NormalisedText text, Category category, int start, int end, String rule) {
    return new Finding(category, text.originalStart(start), text.originalEnd(end), rule);
  }
}
