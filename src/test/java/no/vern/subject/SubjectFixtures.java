package no.vern.subject;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.vern.shared.identifier.IdentifierFixtures;
import no.vern.shared.identifier.IdentifierType;

/** Synthetic identifiers, new for every call, since the integration tests share one database. */
final class SubjectFixtures {

  private SubjectFixtures() {}

  static Identifier email() {
    return new Identifier(IdentifierType.EMAIL, "Person." + UUID.randomUUID() + "@Example.INVALID");
  }

  static Identifier phone() {
    return new Identifier(
        IdentifierType.PHONE, "+47 9" + digits(3) + " " + digits(2) + " " + digits(2));
  }

  /**
   * A valid fødselsnummer with a random date and individual number: about 33 million choices, so
   * tests sharing the database do not meet each other's numbers.
   */
  static Identifier nationalId() {
    String number = IdentifierFixtures.randomNationalId();
    return new Identifier(
        IdentifierType.NATIONAL_ID, number.substring(0, 6) + " " + number.substring(6));
  }

  static Identifier bankAccount() {
    String number = null;
    while (number == null) {
      number = IdentifierFixtures.bankAccount("1" + digits(9));
    }
    return new Identifier(
        IdentifierType.BANK_ACCOUNT,
        number.substring(0, 4) + "." + number.substring(4, 6) + "." + number.substring(6));
  }

  /** The formats a value could leak in: as given, normalised, and its digits alone. */
  static List<String> formsOf(Identifier identifier) {
    String normalised = identifier.type().normalise(identifier.value()).orElseThrow();
    if (identifier.type() == IdentifierType.EMAIL) {
      return List.of(identifier.value(), normalised);
    }
    String digits = identifier.value().replaceAll("\\D", "");
    return List.of(identifier.value(), normalised, digits, digits.substring(digits.length() - 8));
  }

  private static String digits(int count) {
    var text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(ThreadLocalRandom.current().nextInt(10));
    }
    return text.toString();
  }
}
