package no.vern.newsletter;

import java.util.List;
import java.util.Optional;
import no.vern.shared.PrincipalNames;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.springframework.stereotype.Component;

/**
 * A subject's e-mail addresses, read from the registry (an audited read) by the newsletter system
 * actor, for the one mail about to be written.
 */
@Component
class Addresses {

  static final String ACTOR = PrincipalNames.system("newsletter");

  private final SubjectRegistry registry;

  Addresses(SubjectRegistry registry) {
    this.registry = registry;
  }

  List<EmailAddress> of(SubjectId subject) {
    return emails(registry.identifiersOf(subject, ACTOR));
  }

  /** The first address: the one a subject signed up with, unless others were merged in. */
  Optional<EmailAddress> first(SubjectId subject) {
    return of(subject).stream().findFirst();
  }

  static List<EmailAddress> emails(List<Identifier> identifiers) {
    return identifiers.stream()
        .filter(i -> i.type() == IdentifierType.EMAIL)
        .flatMap(i -> EmailAddress.parse(i.value()).toOptional().stream())
        .toList();
  }
}
