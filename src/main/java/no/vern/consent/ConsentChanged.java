package no.vern.consent;

import java.time.Instant;
import no.vern.shared.DomainEvent;
import no.vern.subject.SubjectId;

/**
 * Published inside the transaction that records a consent event, with ids and codes only. Listen
 * for the specific record ({@link ConsentGiven}, {@link ConsentWithdrawn}, ...) or for all of them;
 * with {@code @ApplicationModuleListener}, so a reaction that fails never undoes the consent change
 * and is retried at restart (docs/events.md).
 */
public sealed interface ConsentChanged extends DomainEvent
    permits ConsentGiven,
        ConsentRefused,
        ConsentWithdrawn,
        ConsentExpired,
        ConsentRenewed,
        ConsentInvalidated {

  ConsentEventId event();

  SubjectId subject();

  String purpose();

  Instant at();

  static ConsentChanged of(
      ConsentStatus status, ConsentEventId event, SubjectId subject, String purpose, Instant at) {
    return switch (status) {
      case GIVEN -> new ConsentGiven(event, subject, purpose, at);
      case REFUSED -> new ConsentRefused(event, subject, purpose, at);
      case WITHDRAWN -> new ConsentWithdrawn(event, subject, purpose, at);
      case EXPIRED -> new ConsentExpired(event, subject, purpose, at);
      case RENEWED -> new ConsentRenewed(event, subject, purpose, at);
      case INVALIDATED -> new ConsentInvalidated(event, subject, purpose, at);
    };
  }
}
