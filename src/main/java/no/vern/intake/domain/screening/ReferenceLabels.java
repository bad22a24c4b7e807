package no.vern.intake.domain.screening;

import java.util.List;
import java.util.Set;

/**
 * Whether the words just before a number label it as a business reference (KID, invoice, order,
 * customer or case number), unless an account word is among them ("pay invoice 123 to account
 * ..."). Looks at most three words back: labels sit right before their number.
 */
final class ReferenceLabels {

  private static final int WORDS_BACK = 3;
  private static final Set<String> REFERENCE_PREFIXES =
      Set.of(
          "kid",
          "faktura",
          "invoice",
          "ordre",
          "order",
          "kunde",
          "customer",
          "sak",
          "case",
          "referanse",
          "reference",
          "ocr",
          "avtale",
          "agreement",
          "polise",
          "policy",
          "bilag",
          "voucher",
          "ticket",
          "billett",
          "transaksjon",
          "transaction",
          "sporing",
          "tracking",
          "lisens",
          "licen",
          "serie",
          "serial");
  // "ref" must be the whole word: as a prefix it would take "refund" and "refusjon".
  private static final Set<String> REFERENCE_WORDS = Set.of("ref", "refnr");
  private static final Set<String> ACCOUNT_PREFIXES =
      Set.of("konto", "account", "acct", "bank", "iban", "kort", "card");

  boolean referenceBefore(String text, int start) {
    int from = Math.max(0, start - 60);
    List<Token> words = Token.split(text.substring(from, start));
    List<Token> last = words.subList(Math.max(0, words.size() - WORDS_BACK), words.size());
    boolean reference = last.stream().anyMatch(ReferenceLabels::isReference);
    boolean account = last.stream().anyMatch(w -> startsWithAny(w.text(), ACCOUNT_PREFIXES));
    return reference && !account;
  }

  private static boolean isReference(Token word) {
    return REFERENCE_WORDS.contains(word.text()) || startsWithAny(word.text(), REFERENCE_PREFIXES);
  }

  private static boolean startsWithAny(String word, Set<String> prefixes) {
    return prefixes.stream().anyMatch(word::startsWith);
  }
}
